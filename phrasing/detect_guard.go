package phrasing

// A safeguard the team had not put in place, in the perfect or with a
// plain "have": "we hadn't set a statement timeout", "we had not disabled
// password login for root", "we did not have alerts on the queue", "we
// didn't have any alarms in place". The judgement is carried by the guard
// noun (a timeout, a limit, an alert) together with a verb that puts it
// in place; the same verbs with other objects ("we hadn't enabled the
// flag for EU users") tell what was not yet switched on and stay facts.

// fenceNouns are the safety mechanisms whose absence reads as a step of
// care left out.
var fenceNouns = set("timeout", "timeouts", "limit", "limits", "alert", "alerts", "alerting",
	"alarm", "alarms", "monitoring", "quota", "quotas", "threshold", "thresholds", "login",
	"logins", "2fa", "mfa", "firewall", "throttling", "safeguard", "safeguards", "guardrail",
	"guardrails", "healthcheck", "healthchecks", "probe", "probes", "retention", "auto-deletion",
	"autodeletion", "rotation", "expiry", "lockout", "rate-limiting", "backups", "encryption")

// fenceVerbs put a safeguard in place, or take a risky default away.
var fenceVerbs = set("set", "enabled", "disabled", "raised", "increased", "lowered",
	"configured", "added", "applied", "restricted", "capped", "tuned", "hardened", "installed",
	"enable", "disable", "configure", "add", "apply", "restrict", "install", "turn", "turned")

// guardSet reports whether the participle at k puts a guard noun in place
// within the next few words of its clause: "set a statement timeout",
// "disabled ssh login for root". It is read after "had not".
func guardSet(d *doc, k int) bool {
	if !fenceVerbs[d.tok(k)] {
		return false
	}
	return guardAhead(d, k+1, 5) && !reasonedOmission(d, k)
}

// guardAhead reports a guard noun within n words from k in k's clause,
// before any clause word or comma.
func guardAhead(d *doc, k, n int) bool {
	for e := k; e < k+n && d.same(k-1, e); e++ {
		w := d.toks[e].word
		if fenceNouns[w] {
			return true
		}
		if d.toks[e].comma || d.toks[e].clause || clauseWords[w] || w == "to" || w == "than" {
			return false
		}
	}
	return false
}

// guardHeld reports "have alerts in place", "have any alarms on the
// queue" at k ("have"): a safeguard that was to be there. "We did not
// have any alerts until 09:40" says none fired and stays a fact.
func guardHeld(d *doc, k int) bool {
	e := k + 1
	if t := d.tok(e); t == "any" || t == "an" || t == "a" {
		e++
	}
	for n := 0; n < 2 && d.same(k, e+1) && !fenceNouns[d.tok(e)] && !d.toks[e].comma; n++ {
		e++ // "disk usage alerts", "a statement timeout"
	}
	if !fenceNouns[d.tok(e)] || !d.same(k, e+1) {
		return false
	}
	switch d.tok(e + 1) {
	case "on", "for", "covering":
		return !reasonedOmission(d, e)
	case "in", "set":
		n := d.tok(e + 2)
		return (n == "place" || n == "up") && !reasonedOmission(d, e)
	}
	return false
}

// guardQuestion asks what would have called for the safeguard.
const guardQuestion = "What would have asked for this safeguard before it was needed?"

// guardStatement turns a safeguard left out into a statement about the
// system, with the object from k (after the verb, base its base form) to
// limit: "did not have alerts on the queue" becomes "No alerts were in
// place on the queue", "hadn't enabled throttling on the gateway" becomes
// "Throttling was not enabled on the gateway". It returns "" when the
// words are not that shape.
func guardStatement(d *doc, base string, k, limit int) (stmt, question string) {
	if base == "have" && !guardHeld(d, k-1) {
		return "", "" // "did not have two-factor login enabled" is a causative
	}
	s := k
	if t := d.tok(s); base == "have" && (t == "any" || t == "an" || t == "a") {
		s++
	}
	e := s
	for e < limit && e < s+3 && !fenceNouns[d.tok(e)] {
		if npStart[d.tok(e)] && e > s || d.toks[e].comma {
			return "", ""
		}
		e++
	}
	if e >= limit || !fenceNouns[d.tok(e)] {
		return "", ""
	}
	np, be := trimPunct(d.span(s, e+1)), beFor(d, e)
	if base != "have" {
		if npStart[d.tok(s)] || !fenceVerbs[participle(base)] {
			return "", "" // "the limits" reads well through the usual passive
		}
		return capitalize(joinWords(np+" "+be+" not "+participle(base), trimPunct(d.span(e+1, limit)))), guardQuestion
	}
	rest := e + 1
	place := " in place"
	if n := d.tok(rest); (n == "in" || n == "set") && d.tok(rest+1) == "place" || n == "set" && d.tok(rest+1) == "up" {
		place = " " + trimPunct(d.span(rest, rest+2))
		rest += 2
	}
	return capitalize(joinWords("no "+np+" "+be+place, trimPunct(d.span(rest, limit)))), guardQuestion
}

// limitNouns are the safeguards that are raised or lowered; "alerts were
// not raised" says none fired.
var limitNouns = set("timeout", "timeouts", "limit", "limits", "quota", "quotas", "threshold",
	"thresholds")

// guardPassive finds a safeguard left out in the passive at i ("not"):
// "these limits had not been raised on the secondary", "the timeout was
// not set". It returns the span from the subject to the verb, or -1.
func guardPassive(d *doc, i int) (int, int) {
	v := i + 1
	switch d.tok(i - 1) {
	case "had":
		if d.tok(v) != "been" {
			return -1, -1
		}
		v++
	case "was", "were":
	default:
		return -1, -1
	}
	w, head := d.tok(v), d.tok(i-2)
	if !fenceVerbs[w] || !fenceNouns[head] || !d.same(i-2, v) ||
		(w == "raised" || w == "increased" || w == "lowered") && !limitNouns[head] {
		return -1, -1
	}
	if reasonedOmission(d, v) || inIfClause(d, i) || missIntended(d, v+1) {
		return -1, -1
	}
	s := i - 2
	for n := 0; n < 3 && s > 0 && d.same(s-1, s) && !d.toks[s-1].comma && !d.toks[s].clause &&
		(npStart[d.tok(s-1)] || !npStop[d.tok(s-1)] && !clauseWords[d.tok(s-1)] && !finiteVerbs[d.tok(s-1)] &&
			!npStart[d.tok(s)]); n++ {
		s--
	}
	return s, v + 1
}
