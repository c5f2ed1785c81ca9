package phrasing

// Accounts the writer gives of their own work that judge no one: what they
// did not know, a slip told with its extent, and the concrete thing a team
// has already changed so that an incident does not repeat.

// knowVerbs after the writer's "never" or "didn't" tell what they did not
// know or ask about.
var knowVerbs = set("ask", "asked", "know", "knew", "realise", "realised", "realize",
	"realized", "wonder", "wondered", "hear", "heard")

// unknownToWriter reports whether the failure finding f at k is the
// writer's plain account of what they did not know: "I'd never asked
// what the suffix meant", "I never knew the list had that entry". "Kim
// never asked for a review" judges someone else and stays.
func unknownToWriter(d *doc, k int, f *Finding) bool {
	switch d.tok(k) {
	case "i", "i'd", "i've", "we", "we'd", "we've":
	default:
		return false
	}
	end := tokenAt(d, f.Offset+f.Length-1)
	if !knowVerbs[d.tok(end)] {
		return false
	}
	n := end + 1
	if n >= len(d.toks) || !d.same(end, n) || d.toks[end].comma || lineBreakBetween(d, end, n) {
		return true // nothing asked of anyone: "I'd never asked."
	}
	switch d.tok(n) {
	case "what", "why", "whether", "if", "how", "where", "which", "who":
		return true // "we have never asked about it" left a question unraised and stays
	}
	return false
}

// extentTold reports whether the writer's own act at k is told with its
// extent against a larger one: "I only broke a part of the app, not the
// entire thing".
func extentTold(d *doc, k int) bool {
	only := false
	for j := k; j < k+4 && j < len(d.toks) && d.same(k, j); j++ {
		if d.toks[j].word == "only" || d.toks[j].word == "just" {
			only = true
		}
	}
	if !only {
		return false
	}
	sent := d.sentOf(k)
	for j := k + 2; j+1 < min(sent.last, k+ctxWindow); j++ {
		if d.toks[j].word == "not" {
			switch d.tok(j + 1) {
			case "the", "all", "every", "everything", "entire", "whole":
				return true
			}
		}
	}
	return false
}
