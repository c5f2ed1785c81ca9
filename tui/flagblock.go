package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/phrasing"
)

// flagCap is the most lines the rewrite and the question for the room
// each take under the note box. Three lines at 80 columns hold over 200
// characters, more than anyone reads aloud in one breath, and with the
// flag's own line they leave the agenda column and the notes list ten rows
// at 80x24. Longer ones end at a word with "…"; the notes list shows the
// committed note's question whole under its flag.
const flagCap = 3

// flagIndent starts the lines a rewrite or a question wraps onto.
const flagIndent = "    "

// flagBlock is the flag on the text being typed in at most room lines of
// width w: the rule with its explanation, the rewrite tab takes, and the
// question the facilitator asks the room aloud. The rewrite and the
// question wrap at spaces and are shown whole up to flagCap lines each;
// the explanation is what gives way: shortened at a word to its explain
// lines, and dropped first when the room is too small for all three.
// more is how many other flags the text has.
func flagBlock(st Styles, f phrasing.Finding, more, w, room, explain int) []string {
	return flagLines(st, f, more, w, room, explain, takeHint)
}

// takeHint says tab takes the rewrite shown; takeNextHint that another
// flag's rewrite comes after it.
const (
	takeHint     = "  (tab takes it)"
	takeNextHint = "  (tab takes it, then the next)"
)

// findingsBlock is the flag block for all the flags on the text being
// typed: it shows the flag whose rewrite tab takes (the first that has
// one, else the first), so the rewrite on screen is the one tab puts in
// the note; after it is taken the next flag's shows, and the hint says so.
func findingsBlock(st Styles, fs []phrasing.Finding, w, room, explain int) []string {
	shown, takeable := 0, 0
	for i, f := range fs {
		if f.Replacement == "" {
			continue
		}
		if takeable == 0 {
			shown = i
		}
		takeable++
	}
	hint := takeHint
	if takeable > 1 {
		hint = takeNextHint
	}
	return flagLines(st, fs[shown], len(fs)-1, w, room, explain, hint)
}

// flagLines is flagBlock with take as the hint after a rewrite tab takes.
func flagLines(st Styles, f phrasing.Finding, more, w, room, explain int, take string) []string {
	w = max(1, w)
	head := "⚑ " + st.Box.Category.Render(inert(f.Category))
	if more > 0 {
		// Before the explanation, so shortening it never hides the count.
		head += st.Muted.Render(fmt.Sprintf(" (+%d more)", more))
	}
	headW := ansi.StringWidth(head) + 1
	const ask = "ask the room: "
	whyW, rewriteW, askW, restW := w-headW, w-4, w-2-len(ask), w-len(flagIndent)
	var why []string
	if whyW >= 8 {
		// Too narrow a space for a few words of it, and it is left out.
		why = wrapHanging(f.Message, whyW, w-2)
	}
	rewrite := wrapHanging(f.Suggestion, rewriteW, restW)
	question := wrapHanging(f.Question, askW, restW)

	// How many lines each part gets: the explanation gives way first,
	// then what the rewrite and the question wrap onto past flagCap, then,
	// in the smallest windows, their lines past the first.
	e := min(explain, len(why))
	flag := max(1, e) // the flag's rows: its explanation's, or one for the rule
	r, q := min(flagCap, len(rewrite)), min(flagCap, len(question))
	for flag+r+q > room {
		switch {
		case flag > 1:
			flag--
			e = flag
		case flag > 0:
			flag, e = 0, 0
		case r > 1:
			r--
		case q > 1:
			q--
		case r > 0:
			r--
		default:
			q--
		}
	}

	var out []string
	if flag > 0 {
		why = cutLines(why, e, whyW, w-2)
		first := head
		if len(why) > 0 {
			first += " " + st.Notes.Flag.Render(why[0])
		}
		out = append(out, first)
		for _, l := range why[min(1, len(why)):] {
			out = append(out, "  "+st.Notes.Flag.Render(l))
		}
	}
	if r > 0 {
		lines := cutLines(rewrite, r, rewriteW, restW)
		for i, l := range lines {
			lead := flagIndent
			if i == 0 {
				lead = st.Muted.Render("  → ")
			}
			out = append(out, lead+st.Box.Suggestion.Render(l))
		}
		// The hint goes where it fits, shortened to the plain one if it
		// must; the help line names tab too.
		last := len(out) - 1
		if take != takeHint && ansi.StringWidth(out[last])+ansi.StringWidth(take) > w {
			take = takeHint
		}
		if f.Replacement != "" && len(lines) == len(rewrite) && ansi.StringWidth(out[last])+ansi.StringWidth(take) <= w {
			out[last] += st.Muted.Render(take)
		}
	}
	for i, l := range cutLines(question, q, askW, restW) {
		lead := flagIndent
		if i == 0 {
			lead = st.Muted.Render("  " + ask)
		}
		out = append(out, lead+st.Box.Suggestion.Render(l))
	}
	for i := range out {
		out[i] = ansi.Truncate(out[i], w, "…")
	}
	return out
}

// wrapHanging wraps text at spaces to first cells on its first line and
// rest cells on the others; line breaks and runs of spaces in it count as
// one space, as the line under the box has no room for blank lines.
func wrapHanging(s string, first, rest int) []string {
	rs := []rune(inert(strings.Join(strings.Fields(s), " ")))
	if len(rs) == 0 {
		return nil
	}
	spans := wrapRunes(rs, max(1, first))
	head := strings.TrimRight(string(rs[:spans[0][1]]), " ")
	if len(spans) < 2 {
		return []string{head}
	}
	tail := strings.TrimLeft(string(rs[spans[0][1]:]), " ")
	return append([]string{head}, wrapText(tail, max(1, rest))...)
}

// cutLines keeps the first n lines of text wrapped by wrapHanging to first
// and rest; when some are left out, the last one kept ends at a word with
// "…" within its width.
func cutLines(lines []string, n, first, rest int) []string {
	if n >= len(lines) {
		return lines
	}
	if n <= 0 {
		return nil
	}
	out := append([]string(nil), lines[:n]...)
	width := rest
	if n == 1 {
		width = first
	}
	// The word after the last kept does not fit on its line, so the
	// "…" says there is more even when the line itself fits.
	out[n-1] = shortenAtWord(out[n-1]+" "+lines[n], width)
	return out
}
