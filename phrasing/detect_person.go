package phrasing

// A person as the subject of a failure: "Mary didn't order the VMs on time",
// "the on-call failed to escalate", "Bob ignored the alert". The same verbs
// after a system are facts ("Postgres failed to accept connections"), and a
// name with a plain verb is a timeline fact ("Bob acknowledged the page").

// failVerb describes what a trigger word needs after it to be a failure.
type failVerb struct {
	need       string // a word that must follow ("to" after "failed"), or ""
	negated    bool   // the next verb is negated: a passive rewrite applies
	personOnly bool   // only people do this, so an unknown capitalised subject counts
	miss       bool   // a missed signal: ask what made it easy to miss
}

var failVerbs = map[string]failVerb{
	"didn't":         {negated: true},
	"hadn't":         {negated: true},
	"had":            {need: "not", negated: true},
	"did":            {need: "not", negated: true},
	"does":           {need: "not", negated: true},
	"doesn't":        {negated: true},
	"shrugged":       {personOnly: true},
	"brushed":        {personOnly: true},
	"waved":          {personOnly: true},
	"wrote":          {personOnly: true},
	"never":          {negated: true},
	"failed":         {need: "to", negated: true},
	"fails":          {need: "to", negated: true},
	"forgot":         {personOnly: true, negated: true},
	"forgotten":      {personOnly: true, negated: true},
	"neglected":      {personOnly: true, negated: true},
	"refused":        {need: "to", personOnly: true},
	"ignored":        {personOnly: true, miss: true},
	"overlooked":     {personOnly: true, miss: true},
	"missed":         {miss: true},
	"skipped":        {personOnly: true},
	"broke":          {},
	"damaged":        {},
	"omitted":        {},
	"miscalculated":  {personOnly: true},
	"misdiagnosed":   {personOnly: true},
	"misrouted":      {personOnly: true},
	"misapplied":     {personOnly: true},
	"misreported":    {personOnly: true},
	"misremembered":  {personOnly: true},
	"mislabeled":     {personOnly: true},
	"mislabelled":    {personOnly: true},
	"miscounted":     {personOnly: true},
	"misestimated":   {personOnly: true},
	"overestimated":  {personOnly: true},
	"misconstrued":   {personOnly: true},
	"misplaced":      {personOnly: true},
	"panicked":       {}, // not person-only: "Go panicked on a nil map"
	"destroyed":      {},
	"severed":        {},
	"wrecked":        {},
	"caused":         {},
	"messed":         {need: "up", personOnly: true},
	"screwed":        {need: "up", personOnly: true},
	"botched":        {personOnly: true},
	"bungled":        {personOnly: true},
	"fumbled":        {personOnly: true},
	"mishandled":     {personOnly: true},
	"misread":        {personOnly: true},
	"misconfigured":  {personOnly: true},
	"fat-fingered":   {personOnly: true},
	"misjudged":      {personOnly: true},
	"misunderstood":  {personOnly: true},
	"misinterpreted": {personOnly: true},
	"mistook":        {personOnly: true},
	"overrode":       {},
	"bypassed":       {},
	"circumvented":   {},
	"dismissed":      {miss: true},
	"mistyped":       {personOnly: true},
	"misclicked":     {personOnly: true},
	"rushed":         {personOnly: true},
	"went":           {need: "ahead", personOnly: true},
	"were":           {},
	"weren't":        {},
	"took":           {need: "down"},
	"brought":        {need: "down"},
	"was":            {},
	"wasn't":         {},
	"is":             {},
	"made":           {},
	"wrong":          {},
	"left":           {personOnly: true},
}

func personFailureTriggers() []string {
	out := make([]string, 0, len(failVerbs))
	for w := range failVerbs {
		out = append(out, w)
	}
	return out
}

// notFailures follow a negation without making it blame: not receiving,
// not knowing and not being told are conditions to explore, not faults.
var notFailures = set("get", "receive", "hear", "need", "know", "realize", "realise", "expect",
	"mean", "intend", "want", "panic", "hesitate", "worry", "sleep", "exist", "happen", "matter",
	"seem", "go", "come", "appear", "mind", "remember", "understand", "feel", "believe", "think")

// systemVerbs are what "they" usually means a system doing ("the alerts
// fired but they didn't page anyone"), so "they" with them is no person.
var systemVerbs = set("fire", "trigger", "return", "respond", "start", "finish", "complete",
	"succeed", "load", "scale", "run", "fail", "break", "page", "alert", "notify", "report",
	"include", "cover", "catch", "detect", "match", "last", "work", "apply", "help", "stop",
	"affect", "change", "recover", "show", "reach", "drain", "restart", "boot", "sync", "resolve")

// noAccess completes "didn't have ..." as a missing permission, a property
// of the system rather than a fault.
var noAccess = set("access", "permission", "permissions", "rights", "credentials",
	"visibility", "time", "context", "a", "any", "enough", "the")

// stateWords complete "was/is ..." as blame: "Bob was careless". Words
// marked true are said only of people.
var stateWords = map[string]struct {
	want       string
	personOnly bool
}{
	"supposed": {"to", true}, "careless": {"", true}, "sloppy": {"", true}, "lazy": {"", true},
	"negligent": {"", true}, "responsible": {"for", false}, "asleep": {"", true},
	"reckless": {"", true}, "incompetent": {"", true}, "inattentive": {"", true},
	"distracted": {"", true}, "too": {"", false}, "at": {"fault", true}, "the": {"cause", false},
	"to": {"blame", true}, "unaware": {"", true}, "oblivious": {"", true},
}

// unawareWords after "was not" say a person did not know: "Sysadmins were
// not aware of the impact".
var unawareWords = set("aware", "mindful", "conscious")

// selfJudged are the failure words that still judge when the writer says
// them of themselves or the team.
var selfJudged = set("ignored", "overlooked", "neglected", "forgot", "forgotten", "skipped",
	"botched", "failed", "messed", "screwed", "rushed", "misjudged", "misread", "misunderstood",
	"made", "fat-fingered", "mistyped", "missed", "shrugged", "brushed", "waved", "wrote",
	"miscalculated", "misdiagnosed", "misestimated", "overestimated", "misconstrued", "misapplied")

// neutralFails after "we failed to" are outcomes of an investigation, not
// of care: "we failed to reproduce it".
var neutralFails = set("reproduce", "find", "identify", "get", "reach", "connect", "see",
	"understand", "determine", "replicate", "explain", "recover", "load", "start",
	// What the team's service does: "we failed to deliver 4% of emails".
	"deliver", "process", "serve", "ingest", "store", "record", "execute", "route", "index",
	"render", "sync", "publish")

func detectPersonFailure(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	w := d.toks[i].word
	switch w {
	case "wrong":
		detectWrong(c, d, i, r, out)
		return
	case "left":
		if !c.leftOpen(d, r, i, out) {
			detectLeftState(c, d, i, r, out)
		}
		return
	}
	if guardVerbs[w] && !guardObject(d, i) {
		return // "Bob dismissed the dialog", "the config overrode the default"
	}
	fv := failVerbs[w]
	if beStates[w] && !stateAhead(d, i) {
		return // "the queue was full": no state a person is judged by, so no subject to find
	}
	next := i + 1
	if dismissVerbs[w] {
		if next = offAfter(d, i); next < 0 {
			return // "Bob wrote the migration", "waved at the camera"
		}
	}
	if fv.need != "" {
		if d.tok(next) != fv.need || !d.same(i, next) {
			return
		}
		next++
	}
	seen := fv.negated && seenNotActed(d, i, next)
	j, shared := c.subjectPast(d, subjectBefore(d, i)), false
	if t := subjectPastTime(d, j); t >= 0 {
		j = t // "our two on-call engineers that week did not escalate"
	}
	if j < 0 || d.tok(j) == "and" || d.tok(j) == "but" {
		j = -1
		if fv.negated {
			j = c.sharedSubject(d, i)
		}
		if j < 0 && (fv.negated || fv.personOnly) {
			j = c.clauseSubject(d, i)
		}
		if j < 0 && (fv.negated || fv.personOnly) {
			j = c.appositiveSubject(d, i)
		}
		if j < 0 && seen {
			j = c.openingPerson(d, i) // "the people running the migration saw ... and did not stop it"
		}
		shared = j >= 0
	}
	if j < 0 {
		if e := elidedCare(d, i); e > 0 {
			*out = append(*out, c.finding(d, r, i, e)) // "Also failed to verify that ..."
		} else {
			c.elidedOmission(d, r, i, next, out) // "- Didn't test on staging first."
		}
		return
	}
	if first := d.toks[d.sentOf(i).first].word; first == "what" || first == "how" {
		return
	}
	start, kind := c.personEndingAt(d, j)
	if kind != notPerson && d.tok(j+1) != "who" && d.tok(j+1) != "that" && objectOfPlace(d, start) {
		kind = notPerson // "a failure in the DNS provider caused": the failure is the subject
	}
	if kind == notPerson || kind == weakPerson {
		if s := servedFailure(d, i, j, next, fv.negated); s >= 0 {
			start, kind = s, rolePerson // "Customers did not report it", "users broke the server"
		}
	}
	switch kind {
	case notPerson:
		if s := c.roleBeforePP(d, j); s >= 0 {
			start, kind = s, rolePerson // "the team behind the bridge ignored the warnings"
			break
		}
		if s := judgedNonPerson(d, i, j, next, fv.negated); s >= 0 {
			start, kind = s, rolePerson // "ICL didn't catch that ...", "code review missed ..."
			break
		}
		// "Sam's change broke checkout": the work is the subject, its
		// owner is named as the cause.
		p := c.possessorBefore(d, j+1)
		if p >= 0 && possessorPlaced(d, p) {
			return // "a switch failure at our provider's data centre caused": a place
		}
		if p < 0 || !workCause[w] || !d.same(i, next) || d.tok(next) == "down" ||
			personFaults[d.toks[j].word] || detectors["possessive-fault"].has(d.toks[j].word) {
			return
		}
		start, kind = p, rolePerson
	case selfPerson:
		// "We ignored the warning" and "we did not test the migration"
		// judge the team; "we didn't see it" and "I did not purge the
		// package" only tell what happened.
		if fv.negated && d.tok(j) == "you" && signalMissed(d, next) {
			return // "most of you didn't even notice it": the readers, not a duty
		}
		if fv.negated && d.same(i, next) && gapWithTarget(d, next) {
			return // "we did not have alerting for odd signup patterns": the gap, named
		}
		if fv.negated && d.same(i, next) && (careVerbAhead(d, next) && !(reasonGiven(d, next) && signalMissed(d, next)) && !productAlert(d, next) || eyeKept(d, next) ||
			omittedStep(d, next) || seen) {
			// A reason given keeps a missed signal an account ("we did not
			// catch it because staging has no traffic"); a step of care left
			// out stays judged with its reason ("we skipped the restore
			// test because the release was late").
			break
		}
		if !selfJudged[w] || w == "failed" && (neutralFails[d.tok(next)] || d.tok(next) == "even" && neutralFails[d.tok(next+1)] || productAlert(d, next)) && !sawThat(d, next) {
			return
		}
	}
	if (w == "had" || w == "hadn't") && (!hadCare(d, next) || inIfClause(d, i)) {
		return // "he hadn't before", "we had not considered it": not a step left out
	}
	end := next
	switch w {
	case "was", "wasn't", "is", "were", "weren't":
		if (w == "were" || w == "weren't") && kind == weakPerson {
			return
		}
		st := d.tok(next)
		if st == "not" && unawareWords[d.tok(next+1)] {
			next++
			st = "unaware"
		} else if (w == "wasn't" || w == "weren't") && unawareWords[st] {
			st = "unaware"
		}
		if st == "unaware" && d.tok(next+1) == "that" {
			return // "was not aware that the update had shipped": what was known, told
		}
		sw, ok := stateWords[st]
		want := sw.want
		if (w == "wasn't" || w == "weren't" && kind != weakPerson) && (st == "paying" || st == "careful" || st == "watching" || st == "thinking") {
			ok, want, sw.personOnly = true, "", true
		}
		if !ok || !d.same(i, next) {
			return
		}
		if st == "too" && !slowWords[d.tok(next+1)] {
			return
		}
		if want != "" && d.tok(next+1) != want {
			return
		}
		if want == "for" && (!d.same(next, next+2) || d.toks[next+1].comma) {
			return // "strategies which the strategist was responsible for": who owned them
		}
		end = next + 1
		if want != "" || st == "too" {
			end++
		}
		fv.personOnly = sw.personOnly
	case "made":
		if !mistakeAfter(d, next) {
			return
		}
		end = next + 2
		fv.personOnly = true
	}
	if kind == weakPerson && !fv.personOnly &&
		!(fv.negated && d.same(i, next) && (orgAct(d, skipManner(d, next)) || orgOmitted(d, start, next, seen))) {
		return
	}
	if fv.negated {
		if notOnly(d, i, next) {
			return // "they didn't just take the site down, they deleted it": not only
		}
		if w == "forgot" || w == "forgotten" || w == "neglected" {
			if d.tok(next) == "to" {
				next++
			}
		} else if d.tok(next) == "bother" || d.tok(next) == "bothered" || d.tok(next) == "even" ||
			d.tok(next) == "properly" || d.tok(next) == "yet" {
			next++
			if d.tok(next) == "to" {
				next++
			}
		} else {
			next = skipManner(d, next) // "did not extensively test"
		}
		if !d.same(i, next) {
			if w != "forgot" && w != "neglected" {
				return
			}
		} else {
			if (d.tok(next) == "log" || d.tok(next) == "sign") && (d.tok(next+1) == "in" || d.tok(next+1) == "into" || d.tok(next+1) == "on") {
				return // "the operator fails to log in": could not, not would not
			}
			if w == "never" && seenBefore(d, next) {
				return // "a fault they have never seen before": how rare it was
			}
			v := baseOf(d.toks[next].word)
			if notFailures[v] && !seen && !hygieneStep(d, next, v) || v == "have" && noAccess[d.tok(next+1)] && !causativeCare(d, next) && !haveCare(d, next) || v == "be" && !careGerund(d, next+1) ||
				systemVerbs[v] && (d.toks[start].word == "they" || kind == weakPerson) && !caughtThat(d, next) ||
				disclaimsAuthorship(d, next) || machineOnly[v] && kind == rolePerson && productNamed(d, start, i) {
				return
			}
			if (w == "never" || w == "forgot" || w == "neglected") && d.toks[next].word == "to" {
				return
			}
			if (w == "forgot" || w == "forgotten") && whWords[d.toks[next].word] {
				return // "I forgot what the quota was": memory, not a step left out
			}
			end = next + 1
			if v == "be" {
				end++ // "had not been checking"
			}
		}
	}
	if end <= i {
		end = i + 1
	}
	if shared {
		// The subject opens an earlier clause: flag the failure alone and
		// leave the sentence for the writer, a rewrite would lose the
		// clause between.
		f := c.finding(d, r, i, end)
		setAside(d, &f, -1, i, next, seen)
		*out = append(*out, f)
		return
	}
	f := c.finding(d, r, start, end)
	setAside(d, &f, start, i, next, seen)
	switch {
	case fv.negated && d.same(i, next) && (w == "forgot" || w == "forgotten" || w == "neglected") && (npStart[d.tok(next)] || possessive(d.tok(next))):
		c.leftOutRewrite(d, &f, start, next) // "They forgot the chain file"
	case fv.negated && d.same(i, next):
		if d.tok(next) == "been" {
			next++ // "had not been checking the inbox": the act is the gerund
		}
		c.passiveRewrite(d, &f, start, next)
	case fv.miss:
		c.missRewrite(d, &f, start, next)
	}
	*out = append(*out, f)
}

// productAlert reports "alert for", "alert on" or "alert when" at k: the
// service's own alerting ("we failed to alert for failed checks"), not
// someone told.
func productAlert(d *doc, k int) bool {
	if d.tok(k) != "alert" || !d.same(k, k+1) {
		return false
	}
	n := d.tok(k + 1)
	return n == "for" || n == "on" || n == "when"
}
