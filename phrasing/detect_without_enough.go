package phrasing

// Capacity the team did not set aside before acting: "we ran the
// migration without setting aside enough resources", "deployed without
// provisioning enough capacity". The gerund of preparing capacity with
// "enough" or "sufficient" after it is a step of care left out; "without
// adding any load" or "without setting a date" names no shortfall.

// capacityGerunds prepare capacity ahead of an act.
var capacityGerunds = set("setting", "allocating", "provisioning", "reserving", "adding",
	"sizing", "scaling", "budgeting", "planning")

// capacityLeft reports a capacity gerund at k followed closely by
// "enough", "sufficient", "adequate" or their adverbs.
func capacityLeft(d *doc, k int) bool {
	if !capacityGerunds[d.tok(k)] {
		return false
	}
	for e := k + 1; e < k+4 && d.same(k, e); e++ {
		switch d.toks[e].word {
		case "enough", "sufficient", "adequate", "adequately", "sufficiently":
			return true
		}
	}
	return false
}
