package phrasing

// Two plain accounts that look like a person failing: a guard the team did
// not have, named with what it would have covered ("we did not have
// alerting for unusual signup patterns"), and a fault someone had never
// met before ("engineers said they have never seen one like it before").
// A guard graded ("we did not have adequate monitoring") or left unnamed
// ("we did not have monitoring") is still a step of care left out.

// gapGuards are guards a team has or lacks.
var gapGuards = set("monitoring", "alerting", "alerts", "alert", "tests", "test", "checks", "check",
	"metrics", "dashboard", "dashboards", "coverage", "runbook", "runbooks", "limits", "limit",
	"validation", "logging", "paging", "probes", "probe")

// gapPlain may stand before the guard without grading it.
var gapPlain = set("any", "a", "an", "proactive", "automated", "automatic", "specific",
	"dedicated", "separate", "synthetic", "external", "internal", "real-time")

// gapTargets introduce what the guard would have covered.
var gapTargets = set("for", "on", "around", "covering", "of")

// gapWithTarget reports the first shape above at "have" (k).
func gapWithTarget(d *doc, k int) bool {
	if d.tok(k) != "have" {
		return false
	}
	j := k + 1
	for n := 0; n < 3 && gapPlain[d.tok(j)] && d.same(k, j); n++ {
		j++
	}
	return gapGuards[d.tok(j)] && targetNamed(d, j)
}

// targetNamed reports whether the guard at j is followed by what it would
// have covered, named ("for odd signup patterns", "on the queue depth"),
// not pointed at ("for it").
func targetNamed(d *doc, j int) bool {
	if d.toks[j].comma || !gapTargets[d.tok(j+1)] || !d.same(j, j+2) {
		return false
	}
	switch d.tok(j + 2) {
	case "it", "this", "that", "them", "these", "those":
		return false
	}
	return true
}

// experienceVerbs are what someone has never met before.
var experienceVerbs = set("seen", "encountered", "experienced", "met", "heard", "witnessed")

// seenBefore reports "seen before", "encountered anything like it" at k.
func seenBefore(d *doc, k int) bool {
	if !experienceVerbs[d.tok(k)] {
		return false
	}
	for e := k + 1; e < k+5 && d.same(k, e); e++ {
		switch d.tok(e) {
		case "before", "anything", "such":
			return true
		}
	}
	return false
}

// machineOnly are what only software does: "the Acme Designer failed to
// load" is a product, whatever its name sounds like.
var machineOnly = set("load", "render", "boot", "reload", "compile", "install", "launch", "open")

// productNamed reports whether the subject [start, i) has a capitalised
// word that does not open the sentence: a product's name ("the Acme
// Designer"), not a role ("the designer").
func productNamed(d *doc, start, i int) bool {
	for j := start; j < i && j < len(d.toks); j++ {
		if d.toks[j].cap && !sentenceStart(d, j) && d.toks[j].word != "i" {
			return true
		}
	}
	return false
}
