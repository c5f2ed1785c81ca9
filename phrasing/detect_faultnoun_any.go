package phrasing

// A verdict on outages in general, said of this one: "any outage is
// unacceptable to us", "unplanned downtime is never acceptable", "the
// outages you had this week are not acceptable". LABELLING.md calls a
// remark that no outage is tolerable, said of the incident, a verdict on
// it. A requirement keeps its measure between the noun and the verb
// ("downtime longer than five minutes is unacceptable") and stays quiet.

// generalOutages head a subject that names outages as a kind.
var generalOutages = set("outage", "outages", "downtime", "disruption", "disruptions",
	"interruption", "interruptions", "incident", "incidents")

// generalModifiers may stand before the head: "any service interruption".
var generalModifiers = set("any", "all", "unplanned", "unscheduled", "unexpected", "such",
	"service", "the", "these", "those", "this", "an", "prolonged", "extended", "repeated",
	"recent", "of", "kind", "type", "sort", "our")

// relativeSubjects open a clause after the head telling who met the
// outages: "the outages you had this week".
var relativeSubjects = set("you", "we", "customers", "users", "clients", "members", "our", "many")

// generalNormVerdict returns the span of the shape above at the norm word
// i, or -1, -1.
func generalNormVerdict(d *doc, i int) (int, int) {
	k := i - 1
	if verdictAdverbs[d.tok(k)] {
		k--
	}
	if d.tok(i) == "acceptable" {
		switch d.tok(k) {
		case "not", "never":
			k--
		case "isn't", "aren't", "wasn't", "weren't":
		default:
			return -1, -1
		}
	} else if d.tok(k) == "never" || d.tok(k) == "always" {
		k--
	}
	if !beVerbs[d.tok(k)] || !d.same(k, i) {
		return -1, -1
	}
	if n := d.tok(i + 1); n == "for" || n == "when" || n == "if" || n == "above" || n == "beyond" {
		return -1, -1 // "unacceptable for a checkout page": a requirement
	}
	for h := k - 1; h >= 0 && h > k-10 && d.same(h, k); h-- {
		if d.toks[h].comma && h < k-1 {
			return -1, -1
		}
		if !generalOutages[d.tok(h)] {
			continue
		}
		if h < k-1 && !relativeSubjects[d.tok(h+1)] {
			return -1, -1 // "downtime longer than five minutes is unacceptable"
		}
		s := h
		for s > 0 && d.same(s-1, h) && generalModifiers[d.tok(s-1)] && !d.toks[s].clause {
			s--
		}
		if d.tok(s) == "of" {
			return -1, -1
		}
		return s, i + 1
	}
	return -1, -1
}
