package phrasing

// A call for more care ("test more thoroughly", "take extra care", "put
// more effort into reviews") is blameful framing because it asks people to
// try harder instead of naming a change. The same comparative in an account
// of what was done asks nothing: "we went through the logs more carefully
// and found the loop", "looking more closely at the graph, ...", "it took
// extra effort to restore the shards". So the rule keeps a finding only
// where its clause asks: a modal or a need ("we will test more
// thoroughly", "engineers should review more carefully"), or an imperative
// with no subject ("More carefully test ...", "Take extra care ..."). A
// clause whose verb is in the past or is a participle adjunct, and that
// holds no modal, is told, not asked.

// askingWords in a clause make it ask for something.
var askingWords = set("should", "must", "need", "needs", "needed", "will", "'ll", "shall", "ought",
	"let's", "please", "always", "try", "going", "forward", "future", "next", "lesson",
	"lessons", "shouldn't", "mustn't", "won't", "can", "could", "would", "have", "has", "got")

// careTold reports whether the diligence finding f at token k stands in a
// clause that tells what was done rather than asking for it. Only the
// comparative forms ("more carefully", "extra effort") are read; "closely
// enough" grades and stays.
func careTold(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e) == "enough" {
		return false
	}
	told := false
	for j := k - 1; j >= 0 && j >= k-ctxWindow && d.same(j, k); j-- {
		w := d.toks[j].word
		if askingWords[w] {
			return false
		}
		if !told && (irregularPast[w] != "" || isParticiple(w) && subjectBefore(d, j) >= 0) {
			told = true // "we inspected the headers more thoroughly", "it took extra effort"
		}
		if d.toks[j].clause {
			if isGerund(w) {
				told = true // "Looking more closely at the graph, ..."
			}
			break
		}
	}
	if !told {
		return false
	}
	// "Testing more carefully would have caught it": the ask comes after.
	for j := e + 1; j < len(d.toks) && j <= e+ctxWindow && d.same(e, j); j++ {
		if w := d.toks[j].word; askingWords[w] || w == "needed" || w == "required" {
			return false
		}
	}
	return true
}
