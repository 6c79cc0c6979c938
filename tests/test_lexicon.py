"""One lexicon: every word list lives in `extract/lexicon.py`, and the rule modules
build their patterns from it (`lexicon.alternation`).  These tests keep it so."""

from __future__ import annotations

import ast
import collections
import re
from pathlib import Path

import regex

from extract import lexicon as lx

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
# The extraction modules that must hold no word lists of their own.
RULE_MODULES = ("document", "mentions", "cues", "clauses", "speakers", "rules", "engine", "resolution")

# Regex escapes (``\s+``, ``\b``, ``\p{Lu}``, ``\-``) are removed before looking for a
# word alternation, so that ``also\s+|then\s+|later\s+`` reads as ``also|then|later``.
_ESCAPE = re.compile(r"\\(?:[pP]\{[^}]*\}|[A-Za-z]|.)[+*?]?")
_WORD_ALTERNATION = re.compile(r"[A-Za-z]{2,}\|[A-Za-z]{2,}\|[A-Za-z]{2,}")
_WORD = re.compile(r"[A-Za-z]+(?:[ '\-][A-Za-z]+)*")
MIN_LIST_WORDS = 5

# Literals that look like word lists but are not vocabulary, kept in code:
# (module, the literal as it appears: a string, or a frozenset of a collection's
# strings) -> why it stays.
ALLOWED: dict[tuple[str, str | frozenset[str]], str] = {
    ("document.py", frozenset({"doc", "lo", "hi", "a", "b", "head", "tail", "mid", "size"})):
        "Window.__slots__: attribute names, not words of the text",
}


def _docstring_ids(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _word_lists(module: str) -> list[tuple[int, str | frozenset[str], str]]:
    """(line, key for ALLOWED, what) of every literal in ``module`` that looks like a
    hard-coded word list."""
    path = EXTRACT / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_ids(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            m = _WORD_ALTERNATION.search(_ESCAPE.sub("", node.value))
            if m:
                found.append((node.lineno, node.value, f"regex word alternation {m.group()!r}..."))
        elif isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) >= MIN_LIST_WORDS and all(_WORD.fullmatch(w) for w in words):
                found.append((node.lineno, frozenset(words), f"{len(words)}-word literal {sorted(words)[:6]}..."))
    return found


def test_no_word_lists_in_rule_modules():
    offenders = []
    used = set()
    for module in RULE_MODULES:
        for line, key, what in _word_lists(module):
            if (f"{module}.py", key) in ALLOWED:
                used.add((f"{module}.py", key))
                continue
            offenders.append(f"extract/{module}.py:{line}: {what}")
    assert not offenders, (
        "word lists belong in extract/lexicon.py (build patterns with lexicon.alternation):\n  "
        + "\n  ".join(offenders))
    stale = [f"{m}: {reason}" for (m, key), reason in ALLOWED.items() if (m, key) not in used]
    assert not stale, "ALLOWED entries that no longer match anything:\n  " + "\n  ".join(stale)


def _lexicon_literals() -> list[tuple[str, int, list[str]]]:
    """(constant, line, strings) for every collection literal assigned to a public
    name in lexicon.py (inside frozenset(...) calls and dict values too).

    IRREGULAR is left out: its tuples are a verb's forms, where one form may be
    another ("read": past "read")."""
    tree = ast.parse((EXTRACT / "lexicon.py").read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if not names or names[0].startswith("_") or names[0] == "IRREGULAR":
                continue
            for sub in ast.walk(node.value):
                if isinstance(sub, (ast.Set, ast.Tuple, ast.List)):
                    words = [e.value for e in sub.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                    out.append((names[0], sub.lineno, words))
    return out


def test_lexicon_lists_have_no_duplicates():
    problems = []
    for name, line, words in _lexicon_literals():
        dups = sorted(w for w, n in collections.Counter(words).items() if n > 1)
        if dups:
            problems.append(f"extract/lexicon.py:{line}: {name} repeats {dups}")
    # Lists built from others ("A + (...)") are checked as values.
    for name in dir(lx):
        value = getattr(lx, name)
        if not name.startswith("_") and isinstance(value, (tuple, list)) and all(isinstance(w, str) for w in value):
            dups = sorted(w for w, n in collections.Counter(value).items() if n > 1)
            if dups:
                problems.append(f"lexicon.{name} repeats {dups}")
    assert not problems, "\n  ".join(["duplicate entries in the lexicon:"] + problems)


def test_no_module_defines_a_name_twice():
    """A second top-level definition silently replaces the first (the lexicon once had
    two AFFILIATION_PREPOSITIONS, and the rule that wanted the first got the second)."""
    problems = []
    for path in sorted(EXTRACT.glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            for name in names:
                if name in seen:
                    problems.append(f"extract/{path.name}:{node.lineno}: {name} (first at line {seen[name]})")
                seen.setdefault(name, node.lineno)
    assert not problems, "\n  ".join(["defined twice:"] + problems)


def test_alternation_and_capitalised():
    pattern = regex.compile(r"(?:" + lx.alternation(("further", "furthermore", "as well as")) + r")$")
    assert pattern.match("furthermore") and pattern.match("as \n well  as")
    assert lx.alternation(("further", "furthermore")).split("|") == ["furthermore", "further"]
    assert lx.capitalised(("in", "fox news")) == ("In", "Fox news")


# Every reporting cue, with its -s, -ing and past forms (and the past participle, and
# British doubled-l forms, where they differ).  A cue verb added to the lexicon must
# be added here, with its forms checked by eye: this table is the specification.
CUE_FORMS = """
accuse: accuses accusing accused
acknowledge: acknowledges acknowledging acknowledged
add: adds adding added
admit: admits admitting admitted
advise: advises advising advised
affirm: affirms affirming affirmed
agree: agrees agreeing agreed
allege: alleges alleging alleged
announce: announces announcing announced
answer: answers answering answered
applaud: applauds applauding applauded
argue: argues arguing argued
ask: asks asking asked
assail: assails assailing assailed
assert: asserts asserting asserted
assess: assesses assessing assessed
assure: assures assuring assured
attack: attacks attacking attacked
bark: barks barking barked
beg: begs begging begged
begin: begins beginning began begun
start: starts starting started
order: orders ordering ordered
believe: believes believing believed
bemoan: bemoans bemoaning bemoaned
blame: blames blaming blamed
blast: blasts blasting blasted
boast: boasts boasting boasted
brag: brags bragging bragged
brand: brands branding branded
calculate: calculates calculating calculated
call: calls calling called
caution: cautions cautioning cautioned
challenge: challenges challenging challenged
champion: champions championing championed
chant: chants chanting chanted
characterise: characterises characterising characterised
characterize: characterizes characterizing characterized
charge: charges charging charged
chide: chides chiding chided
chuckle: chuckles chuckling chuckled
cite: cites citing cited
claim: claims claiming claimed
clarify: clarifies clarifying clarified
commend: commends commending commended
comment: comments commenting commented
complain: complains complaining complained
concede: concedes conceding conceded
conclude: concludes concluding concluded
concur: concurs concurring concurred
condemn: condemns condemning condemned
confess: confesses confessing confessed
confirm: confirms confirming confirmed
congratulate: congratulates congratulating congratulated
contend: contends contending contended
continue: continues continuing continued
counter: counters countering countered
criticise: criticises criticising criticised
criticize: criticizes criticizing criticized
declare: declares declaring declared
decry: decries decrying decried
deem: deems deeming deemed
defend: defends defending defended
demand: demands demanding demanded
denounce: denounces denouncing denounced
deny: denies denying denied
deride: derides deriding derided
describe: describes describing described
detail: details detailing detailed
disclose: discloses disclosing disclosed
discuss: discusses discussing discussed
dismiss: dismisses dismissing dismissed
dispute: disputes disputing disputed
doubt: doubts doubting doubted
dub: dubs dubbing dubbed
echo: echoes echoing echoed
elaborate: elaborates elaborating elaborated
email: emails emailing emailed
emphasise: emphasises emphasising emphasised
emphasize: emphasizes emphasizing emphasized
encourage: encourages encouraging encouraged
endorse: endorses endorsing endorsed
estimate: estimates estimating estimated
exclaim: exclaims exclaiming exclaimed
expect: expects expecting expected
explain: explains explaining explained
express: expresses expressing expressed
fault: faults faulting faulted
fear: fears fearing feared
feel: feels feeling felt
find: finds finding found
fire: fires firing fired
follow: follows following followed
forecast: forecasts forecasting forecast forecasted
foresee: foresees foreseeing foresaw foreseen
gasp: gasps gasping gasped
go: goes going went gone
grin: grins grinning grinned
groan: groans groaning groaned
growl: growls growling growled
grumble: grumbles grumbling grumbled
guess: guesses guessing guessed
gush: gushes gushing gushed
hail: hails hailing hailed
highlight: highlights highlighting highlighted
hint: hints hinting hinted
hiss: hisses hissing hissed
hit: hits hitting hit
hope: hopes hoping hoped
implore: implores imploring implored
imply: implies implying implied
indicate: indicates indicating indicated
inform: informs informing informed
insist: insists insisting insisted
instruct: instructs instructing instructed
interject: interjects interjecting interjected
invoke: invokes invoking invoked
joke: jokes joking joked
judge: judges judging judged
know: knows knowing knew known
label: labels labeling labeled labelled labelling
lambaste: lambastes lambasting lambasted
lament: laments lamenting lamented
lash: lashes lashing lashed
laugh: laughs laughing laughed
learn: learns learning learned learnt
liken: likens likening likened
maintain: maintains maintaining maintained
marvel: marvels marveling marveled marvelled marvelling
mention: mentions mentioning mentioned
mock: mocks mocking mocked
muse: muses musing mused
mutter: mutters muttering muttered
note: notes noting noted
notify: notifies notifying notified
object: objects objecting objected
observe: observes observing observed
offer: offers offering offered
opine: opines opining opined
outline: outlines outlining outlined
plead: pleads pleading pleaded pled
pledge: pledges pledging pledged
point: points pointing pointed
portray: portrays portraying portrayed
posit: posits positing posited
post: posts posting posted
praise: praises praising praised
predict: predicts predicting predicted
press: presses pressing pressed
proclaim: proclaims proclaiming proclaimed
profess: professes professing professed
project: projects projecting projected
promise: promises promising promised
propose: proposes proposing proposed
protest: protests protesting protested
push: pushes pushing pushed
question: questions questioning questioned
quip: quips quipping quipped
rail: rails railing railed
raise: raises raising raised
rave: raves raving raved
read: reads reading read
reaffirm: reaffirms reaffirming reaffirmed
realise: realises realising realised
realize: realizes realizing realized
rebuke: rebukes rebuking rebuked
recall: recalls recalling recalled
recognise: recognises recognising recognised
recognize: recognizes recognizing recognized
recommend: recommends recommending recommended
recount: recounts recounting recounted
refer: refers referring referred
reference: references referencing referenced
reflect: reflects reflecting reflected
reiterate: reiterates reiterating reiterated
reject: rejects rejecting rejected
relate: relates relating related
remark: remarks remarking remarked
remember: remembers remembering remembered
remind: reminds reminding reminded
reminisce: reminisces reminiscing reminisced
repeat: repeats repeating repeated
reply: replies replying replied
report: reports reporting reported
request: requests requesting requested
respond: responds responding responded
restate: restates restating restated
retort: retorts retorting retorted
retweet: retweets retweeting retweeted
reveal: reveals revealing revealed
ridicule: ridicules ridiculing ridiculed
rubbish: rubbishes rubbishing rubbished
rule: rules ruling ruled
say: says saying said
scoff: scoffs scoffing scoffed
scold: scolds scolding scolded
scream: screams screaming screamed
shoot: shoots shooting shot
shout: shouts shouting shouted
show: shows showing showed shown
sigh: sighs sighing sighed
signal: signals signaling signaled signalled signalling
slam: slams slamming slammed
smile: smiles smiling smiled
snap: snaps snapping snapped
sneer: sneers sneering sneered
sob: sobs sobbing sobbed
speak: speaks speaking spoke spoken
speculate: speculates speculating speculated
state: states stating stated
stress: stresses stressing stressed
suggest: suggests suggesting suggested
suppose: supposes supposing supposed
surmise: surmises surmising surmised
swear: swears swearing swore sworn
talk: talks talking talked
tell: tells telling told
term: terms terming termed
testify: testifies testifying testified
thank: thanks thanking thanked
theorise: theorises theorising theorised
theorize: theorizes theorizing theorized
think: thinks thinking thought
threaten: threatens threatening threatened
tout: touts touting touted
tweet: tweets tweeting tweeted
underline: underlines underlining underlined
underscore: underscores underscoring underscored
understand: understands understanding understood
urge: urges urging urged
voice: voices voicing voiced
volunteer: volunteers volunteering volunteered
vow: vows vowing vowed
warn: warns warning warned
weigh: weighs weighing weighed
welcome: welcomes welcoming welcomed
whisper: whispers whispering whispered
wonder: wonders wondering wondered
worry: worries worrying worried
write: writes writing wrote written
yell: yells yelling yelled
"""


def test_every_cue_verb_has_the_right_forms():
    expected = {}
    for line in CUE_FORMS.strip().splitlines():
        lemma, forms = line.split(": ")
        expected[lemma] = tuple(forms.split())
    lemmas = set(lx.SPEECH_VERBS) | set(lx.OBJECT_VERBS) | set(lx.PARTICLES)
    assert set(expected) == lemmas, (sorted(lemmas - set(expected)), sorted(set(expected) - lemmas))
    wrong = {lemma: lx.inflect(lemma)[1:] for lemma, forms in expected.items() if lx.inflect(lemma)[1:] != forms}
    assert not wrong, wrong


def test_irregular_and_tricky_forms_are_cues():
    """The forms the issue names, as cue words with the right lemma."""
    for form, lemma in [("swore", "swear"), ("sworn", "swear"), ("understood", "understand"), ("told", "tell"),
                        ("wrote", "write"), ("thought", "think"), ("said", "say"), ("spoke", "speak"),
                        ("forecast", "forecast"), ("agreeing", "agree"), ("echoes", "echo"), ("slammed", "slam"),
                        ("labelled", "label"), ("signalling", "signal")]:
        table = {**lx.OBJECT_FORMS, **lx.PARTICLE_FORMS, **lx.SPEECH_FORMS}
        assert table.get(form) == lemma, form
    for wrong in ("sweared", "understanded", "echos", "agreing", "slamed", "dubed"):
        assert wrong not in lx.CUE_WORDS, wrong


def test_new_cue_forms_extract():
    from extract import extract
    for text, cue in [("“We will never surrender,” Akram swore.", "swore"),
                      ("Akram understood that the talks had failed.", "understood"),
                      ("The senator slammed the proposal as reckless and unworkable.", "slammed")]:
        assert [q.cue for q in extract(text)] == [cue], text
