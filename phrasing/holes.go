package phrasing

import (
	"slices"
	"strings"

	"github.com/debrief-dev/debrief/textsafe"
)

// maskedRun is what a blanked-out stretch leaves in text: `debrief lint`
// turns inline code and a link's address into spaces, keeping offsets.
const maskedRun = "   "

// unholed gives f its rule's own suggestion and question when its rewrite
// was built across a blanked-out stretch: "the output of the `drand show`
// command" would come back as "the output of the command", dropping the
// writer's words.
func (c *Checker) unholed(d *doc, k int, f *Finding) {
	// A rewrite reads no further than a clause past the finding, so the
	// look is bounded: a paragraph with no full stop stays linear.
	sent := d.sentOf(k)
	last := min(max(sent.last, k+1), k+2*maxClause, len(d.toks))
	end := max(f.Offset, d.toks[last-1].end)
	for _, h := range holes(d.text[f.Offset:end]) {
		if h.spannedBy(f.Suggestion) || h.spannedBy(f.Replacement) {
			f.Suggestion, f.Replacement = c.offered[f.Rule], ""
		}
		if h.spannedBy(f.Question) {
			f.Question = c.asked[f.Rule]
		}
	}
}

// hole is a blanked-out stretch that held words, by the words around it:
// the word before and the two after.
type hole struct{ across, after, word string }

// spannedBy reports whether a rewrite read across the hole: it has the
// words on either side of it side by side ("the construction" for "the
// `Context` construction"), the two after it ("before the" for "run `make`
// before the merge"), or a long word just after it ("command" for "their
// `dkg status` command", whose "their" a rewrite changes).
func (h hole) spannedBy(text string) bool {
	if text == "" {
		return false
	}
	t := strings.ToLower(strings.Join(strings.Fields(text), " "))
	return h.across != "" && strings.Contains(t, h.across) || h.after != "" && strings.Contains(t, h.after) ||
		h.word != "" && slices.Contains(strings.Fields(t), h.word)
}

// holes returns the blanked-out stretches of s that held words. A run of
// spaces after a link's text ("[the status page]", whose address is nothing
// to read) or a line break (a wrapped item's indent) is no hole.
func holes(s string) []hole {
	var out []hole
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], maskedRun)
		if j < 0 {
			break
		}
		j += i
		for i = j; i < len(s) && s[i] == ' '; i++ {
		}
		if j > 0 && (s[j-1] == ']' || s[j-1] == '\n') {
			continue
		}
		before := strings.Fields(s[max(0, j-40):j])
		after := strings.Fields(s[i:min(len(s), i+80)])
		if len(after) == 0 {
			continue
		}
		var h hole
		if len(before) > 0 {
			h.across = strings.ToLower(before[len(before)-1] + " " + after[0])
		}
		if len(after) > 1 {
			h.after = strings.ToLower(after[0] + " " + after[1])
		}
		if w := strings.ToLower(strings.Trim(after[0], ".,;:!?")); len(w) >= 5 {
			h.word = w
		}
		out = append(out, h)
	}
	return out
}

// uncontrolled gives f its rule's own suggestion and question when the
// words it rewrites hold a control character: a note pasted with a
// terminal escape in it ("should have \x1b[2Jcleared") would come back
// built from the escape's leftovers ("2jclearing").
func (c *Checker) uncontrolled(d *doc, f *Finding) {
	a, e := f.Offset, f.Offset+f.Length
	if f.Replacement != "" {
		a, e = min(a, f.ReplaceOffset), max(e, f.ReplaceOffset+f.ReplaceLength)
	}
	if a, e = max(a, 0), min(e, len(d.text)); a < e && !textsafe.IsSafeText(d.text[a:e]) {
		f.Suggestion, f.Replacement, f.ReplaceOffset, f.ReplaceLength = c.offered[f.Rule], "", 0, 0
		f.Question = c.asked[f.Rule]
	}
}
