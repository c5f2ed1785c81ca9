package phrasing

// Advice offered to the reader. Guides and runbooks published beside a
// postmortem tell the reader what they may do ("you might want to check
// the checksum twice", "you can test it more carefully on a copy"): an
// option offered to whoever follows the steps, not a call on the team that
// ran the incident. An order to the reader ("you should", "you must") is
// still a call for care and stays.

// softModals offer an option rather than give an order.
var softModals = set("might", "may", "could", "can")

// readerOffered reports whether the finding at k sits in a clause whose
// subject is "you" with a soft modal before it: "However, you might want to
// be paranoid and double-check", "you can take extra care with the flags".
func readerOffered(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-ctxWindow && d.same(j, k); j-- {
		if d.toks[j].word == "you" && softModals[d.tok(j+1)] && d.same(j, j+1) && !d.toks[j].comma {
			return true
		}
		if d.toks[j].clause {
			return false
		}
	}
	return false
}

// inviteNouns ask readers for their view: "suggestions on steps we could
// have taken", "ideas about what we might have done".
var inviteNouns = set("suggestions", "suggestion", "ideas", "feedback", "thoughts", "input",
	"questions", "comments", "recommendations")

// invitedView reports whether a counterfactual at k sits inside an
// invitation to readers: "if you have suggestions on additional steps that
// we could have taken, please reach out". It asks; it does not judge.
func invitedView(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-ctxWindow && d.same(j, k); j-- {
		if inviteNouns[d.toks[j].word] {
			return true
		}
		if d.toks[j].comma {
			return false
		}
	}
	return false
}
