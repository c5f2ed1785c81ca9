package phrasing

// A step of care left out, named as what led to the damage: "five nodes
// were jailed due to not backing up the signer state", "most of it came
// from not doing due diligence in review", "the consequences of not
// properly testing the failover". The gerund hides who skipped the step,
// but the sentence blames the skipping. A step that was not care ("saved a
// day by not rebuilding the image"), a step skipped on purpose or for a
// reason, and a general remark with no cause in it ("the cost of not
// testing is hard to measure") are not.

func init() {
	detectorNames["care-skipped-cause"] = true
	detectors["care-skipped-cause"] = detector{triggers: []string{"not"}, run: detectNotDoing}
}

// causeNouns before "of" make what follows a cause: "the result of not
// testing".
var causeNouns = set("result", "results", "consequence", "consequences", "outcome", "because",
	"price", "product", "symptom")

// causeVerbs before "from" or "by" make what follows a cause: "came from
// not reviewing", "caused by not renewing".
var causeVerbs = set("came", "come", "comes", "stemmed", "stems", "resulted", "results",
	"happened", "arose", "caused", "triggered", "worsened", "compounded", "aggravated",
	"exacerbated", "prolonged", "made", "led")

// gradedSteps are acts that are care only when graded: "not properly
// implementing the handler", "not fully following the runbook".
var gradedSteps = set("implement", "handle", "follow", "apply", "configure", "set", "finish",
	"complete", "understand", "secure", "restrict")

func detectNotDoing(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted || d.sentOf(i).question || questionSentence(d, i) || !causeBefore(d, i) {
		return
	}
	k := skipManner(d, i+1)
	graded := k > i+1 && wholeGrades[d.tok(i+1)]
	b := ingBase(d.tok(k))
	if d.tok(k) == "doing" {
		b = "do"
	}
	if b == "" || !d.same(i, k) {
		return
	}
	care := diligenceVerbs[b] || careDone[participle(b)] || graded && gradedSteps[b] ||
		b == "back" && d.tok(k+1) == "up" || b == "do" && careObject(d, k+1)
	if !care || reasonedOmission(d, k) || missIntended(d, k+1) || missReasoned(d, k+1) {
		return
	}
	*out = append(*out, c.finding(d, r, i, k+1))
}

// causeBefore reports whether the words before "not" at i make what
// follows a cause: "due to", "owing to", "because of", "came from",
// "caused by", "the result of".
func causeBefore(d *doc, i int) bool {
	p := d.tok(i - 1)
	if !d.same(i-1, i) || d.toks[i].clause {
		return false
	}
	q := d.tok(i - 2)
	switch p {
	case "to":
		return q == "due" || q == "owing" || q == "down"
	case "of":
		return causeNouns[q] || q == "because"
	case "from", "by":
		for e := i - 2; e >= i-4 && e >= 0 && d.same(e, i); e-- {
			if causeVerbs[d.toks[e].word] {
				return true
			}
		}
	}
	return false
}

// careObject reports whether "doing" at k-1 does care: "doing due
// diligence", "doing enough review".
func careObject(d *doc, k int) bool {
	for e := k; e < k+3 && d.same(k, e); e++ {
		if w := d.toks[e].word; careNouns[w] || w == "diligence" {
			return true
		}
	}
	return false
}
