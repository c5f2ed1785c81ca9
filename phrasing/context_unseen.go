package phrasing

// Context read from what unseen postmortems raised, kept to conditions of
// grammar rather than wordings: a never-again that is the aim of an
// inquiry into the incident still under way, another party's assurance
// reported, a change to a named system, or what is in place named in an
// opening "with" phrase; a judgement the sentence
// denies ("none of it was obvious", "we don't mess up"); a counterfactual
// that credits help by saying how much worse it would have been; a passive
// agent inside "whether" or "if" (a hypothesis checked); an area told as
// put in; a root cause another organisation reported; a who-question
// after an attacker; a question to the reader about what happens to
// everyone ("have you ever ..."); and errors as a class a design guards
// against. Every scan reads a bounded window inside one sentence.

// unseenContext reports whether finding f at token k is one of the shapes
// above.
func unseenContext(d *doc, k int, f *Finding) bool {
	if readerQuestion(d, k) {
		return true
	}
	switch f.Rule {
	case "absolute-remediation":
		return inquiryAim(d, k) || assuranceReported(d, k) || systemChanged(d, k) || instrumentNamed(d, k) ||
			listLeadIn(d, f)
	case "hindsight-obvious":
		return judgementDenied(d, k)
	case "blame-labels":
		return labelDenied(d, k)
	case "guard-counterfactual":
		return worseWithout(d, k, f)
	case "passive-agent":
		return hypothesisChecked(d, k)
	case "human-error":
		return errorsGuarded(d, k)
	case "vague-area":
		return areaSupplied(d, f)
	case "root-cause":
		return causeReported(d, k)
	case "culprit-who":
		return adversaryAsked(d, k)
	}
	return false
}

// denials before a judgement in its clause turn it into its opposite.
var denials = set("none", "nothing", "neither", "nor", "not", "never", "no", "hardly", "barely",
	"little")

// judgementDenied reports whether a hindsight judgement at k is denied.
// "Was obvious" is denied by its subject or an adverb: "none of this was
// obvious while it was happening", "nothing about the alert was obvious at
// the time", "neither sign was obvious". "An obvious mistake" is denied
// only by its own copula or "no": "it wasn't an obvious mistake", "no
// obvious error was made". "Some of these were obvious" and "no one caught
// the obvious error" stay.
func judgementDenied(d *doc, k int) bool {
	switch d.tok(k) {
	case "was", "were", "been":
	default:
		p := d.tok(k - 1)
		if !d.same(k-1, k) {
			return false
		}
		return p == "no" || (p == "a" || p == "an") && d.same(k-2, k) && deniedCopulas[d.tok(k-2)]
	}
	for j := k - 1; j >= 0 && j >= k-5 && d.same(j, k); j-- {
		if denials[d.toks[j].word] {
			return true
		}
		if d.toks[j].clause {
			break
		}
	}
	return false
}

// deniedCopulas deny the noun phrase after them.
var deniedCopulas = set("wasn't", "weren't", "isn't", "aren't", "not", "never")

// worseWords in a counterfactual's outcome say how much worse it would
// have gone.
var worseWords = set("longer", "worse", "slower", "harder", "later", "costlier", "bigger",
	"greater", "wider", "messier")

// worseWithout reports whether a counterfactual at k says things would
// have gone worse without something that happened: "it would have taken
// me even longer to notice if they hadn't posted", "the outage would have
// been far worse without the replica". That credits what helped; "a
// canary would have caught it" names a missing guard and stays.
func worseWithout(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length)
	s := d.sentOf(k)
	for j := max(s.first, k-3); j < s.last && j <= e+3; j++ {
		if worseWords[d.toks[j].word] {
			return true
		}
	}
	return false
}

// hypothesisChecked reports whether a passive agent at k sits in a clause
// opened by "whether" or "if": "checked whether the outage was caused by
// a vendor" names a hypothesis, not who did it.
func hypothesisChecked(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-ctxWindow && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "whether", "if":
			return true
		}
		if d.toks[j].comma {
			break
		}
	}
	return false
}

// readerQuestion reports whether the finding at k is in a question to the
// reader about what happens to anyone, opened by "have you ever" ("have
// you ever sent an email and seen a mistake too late?"): general
// experience, not this incident. "Did you ever test this?" and "why did
// you ever think ...?" ask about one act and stay.
func readerQuestion(d *doc, k int) bool {
	s := d.sentOf(k)
	f := s.first
	return s.question && d.tok(f) == "have" && d.tok(f+1) == "you" && d.tok(f+2) == "ever" && d.same(f, f+2)
}

// guardVerbs and guardAdjectives put errors as a class a design withstands.
var guardAdjectives = set("robust", "resilient", "tolerant", "safe", "proof", "protected",
	"hardened", "immune", "resistant")

// errorsGuarded reports whether plural errors at k are a class a design
// withstands: "make rollbacks robust against operator errors", "tolerant
// of human mistakes". "The outage came from a mix of human errors" is an
// explanation and stays.
func errorsGuarded(d *doc, k int) bool {
	w := d.tok(k + 1)
	if w != "errors" && w != "mistakes" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "against", "of", "to", "from":
			if guardAdjectives[d.tok(j-1)] || d.tok(j-1) == "protect" || d.tok(j-1) == "guard" {
				return true
			}
		}
	}
	return false
}

// suppliedVerbs, as a past passive after an area, say it was put in.
var suppliedVerbs = set("provided", "added", "introduced", "implemented", "deployed", "enabled",
	"shipped", "published", "put", "established", "rolled", "installed", "configured")

// areaSupplied reports whether the area that ends f is the subject of a
// past or perfect passive that says it was put in: "increased testing and
// review approval was provided for future maintenance", "more logging has
// been added". "More testing will be introduced" and "better alerting is
// needed" stay.
func areaSupplied(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	for j := e + 1; j < e+8 && d.same(e, j); j++ {
		if d.toks[j-1].comma || d.toks[j].clause && j > e+1 {
			return false
		}
		switch d.toks[j].word {
		case "was", "were", "been":
			n := j + 1
			if adverbLike(&d.toks[min(n, len(d.toks)-1)]) && d.same(j, n) {
				n++
			}
			return d.same(j, n) && suppliedVerbs[d.tok(n)]
		case "will", "should", "must", "needs", "need", "is", "are":
			return false
		}
	}
	return false
}

// outsideParties name another organisation whose findings the writer
// reports.
var outsideParties = set("provider", "providers", "vendor", "vendors", "host", "registrar",
	"supplier", "suppliers", "partner", "partners", "upstream", "carrier", "isp", "manufacturer",
	"contractor", "datacenter", "datacentre", "support")

// reportVerbs carry what another party found or said.
var reportVerbs = set("confirmed", "confirms", "said", "says", "reported", "reports", "told",
	"tells", "stated", "states", "found", "determined", "concluded", "identified", "explained")

// causeReported reports whether a root cause at k is what an outside
// party reported: "the provider confirmed the root cause was a
// misconfiguration in the account", "our registrar told us the root cause
// was a bad import". The writer relays a finding they did not make.
// "We confirmed the root cause was ..." and "Kim says the root cause was
// ..." stay.
func causeReported(d *doc, k int) bool {
	s := d.sentOf(k)
	for j := max(s.first+1, k-8); j < k; j++ {
		if !reportVerbs[d.toks[j].word] {
			continue
		}
		i := j - 1
		for i > s.first && (auxHave[d.toks[i].word] || adverbLike(&d.toks[i])) {
			i--
		}
		if outsideParties[d.toks[i].word] && !writerBetween(d, j, k) {
			return true
		}
	}
	return false
}

// attackNouns name what an outside adversary did.
var attackNouns = set("attack", "attacks", "attacker", "attackers", "ddos", "breach", "intrusion",
	"phishing", "spam", "scam", "hack", "botnet", "campaign", "exploit", "malware", "ransomware")

// adversaryAsked reports whether a who-question at k asks after an
// attack's author: "we don't know who is behind the attack", "who sent the
// phishing emails is still unknown". An adversary is not a colleague the
// review would blame. "Who deployed this?" stays.
func adversaryAsked(d *doc, k int) bool {
	for j := k + 1; j < k+8 && d.same(k, j); j++ {
		if attackNouns[d.toks[j].word] {
			return true
		}
		if d.toks[j-1].comma {
			break
		}
	}
	return false
}

// labelNegators deny the conduct verb after them.
var labelNegators = set("don't", "didn't", "doesn't", "won't", "never", "nobody", "wouldn't", "can't")

// labelDenied reports whether a conduct verb at k ("mess up", "screw up")
// is denied by its own subject's auxiliary: "the checks make sure we don't
// mess up", "nobody screwed up; the script ran twice", "we did not mess
// up the data". "We messed up" and "Bob screwed up the rollout" stay, and
// so does "don't mess up the config", an order with no subject.
func labelDenied(d *doc, k int) bool {
	a := k - 1
	switch {
	case !d.same(a, k):
		return false
	case d.tok(a) == "not" && (d.tok(a-1) == "did" || d.tok(a-1) == "do" || d.tok(a-1) == "does"):
		a--
	case d.tok(a) == "nobody" || d.tok(a) == "one" && d.tok(a-1) == "no":
		return true
	case !labelNegators[d.tok(a)]:
		return false
	}
	return subjectBefore(d, a) >= 0
}
