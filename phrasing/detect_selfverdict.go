package phrasing

// The writer's verdict on himself or the team with no label a list
// catches: "I am guilty", "we were at fault", "the blame is mine", "my
// call looks foolish now", "it made our choice feel rather naive". Owning
// an outcome plainly ("I ran the command", "we own the fix") is an
// account; a verdict on someone else ("the user was found guilty") and on
// a process ("the process looks foolish in hindsight") are other rules'.

func init() {
	detectorNames["self-verdict"] = true
	detectors["self-verdict"] = detector{triggers: selfVerdictTriggers(), run: detectSelfVerdict}
}

// guiltWords are verdicts of fault on the subject: "I am guilty".
var guiltWords = set("guilty", "culpable", "blameworthy")

// ownedBlame are "the blame is mine", "the fault was ours".
var ownedBlame = set("mine", "ours")

// ownCallNouns are the writer's own calls: "my decision", "our call".
var ownCallNouns = set("decision", "decisions", "call", "choice", "choices", "move", "plan",
	"judgment", "judgement", "approach", "reasoning", "assumption")

// verdictAdjectives judge a call as a person's lapse: "foolish".
var verdictAdjectives = set("foolish", "silly", "dumb", "stupid", "naive", "careless", "reckless",
	"rash", "short-sighted", "shortsighted", "ill-advised", "lazy", "idiotic", "boneheaded")

// verdictLinks link a call to its verdict: "looks", "felt", "was".
var verdictLinks = set("looks", "looked", "look", "seems", "seemed", "seem", "feel", "feels", "felt",
	"was", "is", "appears", "appeared", "proved", "turned")

func selfVerdictTriggers() []string {
	out := []string{"mine", "ours"}
	return withWords(out, guiltWords, verdictAdjectives, barNouns)
}

func detectSelfVerdict(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted || d.sentOf(i).question || questionSentence(d, i) {
		return
	}
	w := d.toks[i].word
	a := -1
	switch {
	case guiltWords[w]:
		// "I am guilty", "we were culpable", "I'm guilty of it".
		k := i - 1
		if verdictDegrees[d.tok(k)] && d.same(k, i) {
			k--
		}
		switch d.tok(k) {
		case "am", "are", "was", "were", "i'm", "we're", "feel", "felt":
		default:
			return
		}
		s := k
		if d.tok(k) != "i'm" && d.tok(k) != "we're" {
			s = k - 1
		}
		if t := d.tok(s); (t == "i" || t == "we" || t == "i'm" || t == "we're") && d.same(s, i) {
			a = s
		}
	case ownedBlame[w]:
		// "the blame is mine", "the fault was ours".
		if b := d.tok(i - 1); (b == "is" || b == "was") && d.same(i-3, i) && d.tok(i-3) == "the" &&
			(d.tok(i-2) == "blame" || d.tok(i-2) == "fault") {
			a = i - 3
		}
	case verdictAdjectives[w]:
		a = callJudged(d, i)
	}
	if a < 0 && barNouns[w] {
		a = barVerdict(d, i)
	}
	if a < 0 {
		return
	}
	*out = append(*out, c.finding(d, r, a, i+1))
}

// verdictDegrees may stand before the verdict: "pretty foolish".
var verdictDegrees = set("pretty", "rather", "very", "really", "quite", "so", "totally", "a", "bit",
	"little", "somewhat", "incredibly", "utterly", "fully")

// callJudged finds "my call looks foolish", "made our choice feel rather
// naive" ending at the adjective i, returning the first token or -1.
func callJudged(d *doc, i int) int {
	k := i - 1
	for n := 0; n < 2 && verdictDegrees[d.tok(k)] && d.same(k, i); n++ {
		k--
	}
	if !verdictLinks[d.tok(k)] || !d.same(k, i) {
		return -1
	}
	n := k - 1
	if !ownCallNouns[d.tok(n)] || !d.same(n, i) {
		return -1
	}
	if p := d.tok(n - 1); (p == "my" || p == "our") && d.same(n-1, i) {
		return n - 1
	}
	return -1
}
