package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// Each row's status is a glyph and a word before its time, so a draft is
// told from a kept row without colour (NO_COLOR, a projector).
var reviewMarks = map[model.DraftStatus]string{
	model.DraftPending:       "◇ draft",
	model.DraftKeptStatus:    "✓ kept ",
	model.DraftDroppedStatus: "✗ drop ",
}

const typedMark = "• note "

// refresh draws the pane: the phase title, the counts and the filter, the
// range when one is selected, and the window of rows around the cursor.
// Only the rows in the window are drawn.
func (r *importReview) refresh() {
	w, h := r.width, r.height
	if h <= 0 || !r.active() {
		r.drawn = ""
		return
	}
	st := r.c.styles
	p, _ := r.st.Phase()
	top := append([]string{st.PaneTitle.Render(ansi.Truncate(inert(p.Title), w, "…"))}, r.countsLines(w)...)
	if r.anchor >= 0 {
		// Counted from the positions, not listed: a long range costs
		// nothing per key.
		a, b := min(r.anchor, r.sel), max(r.anchor, r.sel)
		n := r.before[b+1] - r.before[a]
		for _, l := range wrapText(fmt.Sprintf("%d imported %s selected: y keeps, d drops, u restores, v ends",
			n, plural(n, "row", "rows")), w) {
			top = append(top, st.Warn.Render(l))
		}
	}
	room := h - len(top)
	if room < 2 {
		top, room = nil, h
	}
	r.drawn = clip(strings.Join(append(top, r.window(room)...), "\n"), w, h)
}

// countsLines say how many rows wait, were kept and were dropped, and
// which source the list shows: one line when it fits, else broken
// between its parts, so no count or source name is cut in the middle.
func (r *importReview) countsLines(w int) []string {
	st := r.c.styles
	parts := []string{fmt.Sprintf("◇ %d pending", r.st.PendingDrafts()), fmt.Sprintf("✓ %d kept", r.kept),
		fmt.Sprintf("✗ %d dropped", r.dropped)}
	// Where the filter key is withdrawn (follow, replay, a guest), the
	// pane does not offer it; a filter already on is still named.
	switch {
	case offered(r.c.keys.Imports.Filter):
		parts = append(parts, "f: "+r.sourceLabel())
	case r.source != "":
		parts = append(parts, r.sourceLabel())
	}
	var out []string
	line := parts[0]
	for _, p := range parts[1:] {
		if ansi.StringWidth(line+" · "+p) > w {
			out = append(out, line)
			line = p
			continue
		}
		line += " · " + p
	}
	out = append(out, line)
	for i, l := range out {
		out[i] = st.Muted.Render(shortenAtWord(l, w))
	}
	return out
}

// sourceLabel names the rows the filter shows.
func (r *importReview) sourceLabel() string {
	if r.source == "" {
		return "all sources"
	}
	return fmt.Sprintf("%s (%d rows)", shortSource(r.source), r.dv.Len())
}

// shortSource is a source as the pane shows it: the kind and the file's
// name, not the path it was given with.
func shortSource(source string) string {
	k, file, _ := strings.Cut(source, ":")
	return inert(k + ":" + filepath.Base(file))
}

// window is at most h lines: the rows around the cursor, the one under
// it whole, and a line saying how many are above and below.
func (r *importReview) window(h int) []string {
	n := len(r.items)
	if h <= 0 || n == 0 {
		return nil
	}
	sel := max(0, min(r.sel, n-1))
	// The row under the cursor may take the whole pane but the line
	// saying what is above and below: a long alert or chat message is
	// read whole where it is reviewed.
	most := h
	if n > 1 {
		most = max(1, h-1)
	}
	cur := r.rowLines(sel, most)
	marks := 0
	if n+len(cur)-1 > h {
		marks = 1
	}
	start, end, cur := importSpan(n, sel, h-marks, cur)
	if marks == 1 && start > 0 && end < n && len(cur) <= h-2 {
		// Rows hidden both ways: a marker above the rows and one below,
		// unless the row under the cursor would lose a line to it.
		marks = 2
		start, end, cur = importSpan(n, sel, h-marks, cur)
	}
	out := make([]string, 0, h)
	var above, below string
	if start > 0 {
		above = fmt.Sprintf("↑ %d more above", start)
	}
	if end < n {
		below = fmt.Sprintf("↓ %d more below", n-end)
	}
	muted := func(s string) string { return r.c.styles.Muted.Render(ansi.Truncate(s, r.width, "…")) }
	if marks == 2 {
		out = append(out, muted(above))
	}
	for i := start; i < end; i++ {
		if i == sel {
			out = append(out, cur...)
			continue
		}
		out = append(out, r.rowLines(i, 1)...)
	}
	switch {
	case marks == 2:
		out = append(out, muted(below))
	case above != "" && below != "":
		out = append(out, muted(above+" · "+below))
	case above != "" || below != "":
		// One marker line: above the rows when it speaks of rows above.
		if above != "" {
			out = append([]string{muted(above)}, out...)
		} else {
			out = append(out, muted(below))
		}
	}
	return out
}

// importSpan is the rows of n shown around sel in room lines: the one under the
// cursor (cur, cut to the room) and the others one line each.
func importSpan(n, sel, room int, cur []string) (start, end int, shown []string) {
	room = max(1, room)
	shown = cur[:min(len(cur), room)]
	others := room - len(shown)
	start = max(0, min(sel-others/2, n-1-others))
	end = min(n, start+others+1)
	return start, end, shown
}

// rowLines draws item i: the cursor or range mark, the status word, the
// time (UTC), the text and, muted, where it came from. The row under the
// cursor is drawn whole, in up to max lines, the others cut to one.
func (r *importReview) rowLines(i, most int) []string {
	st := r.c.styles
	it := r.items[i]
	gutter := "  "
	switch {
	case r.focused && i == r.sel:
		gutter = "▶ "
	case r.inRange(i):
		gutter = "┃ "
	}
	mark, when, text, source := typedMark, "--:--", "", ""
	paint := st.Notes.Text.Render
	if it.d != nil {
		mark, source = reviewMarks[it.d.Status], it.d.Source
		when, text = clockOf(it.d.Entry), it.d.Body()
		switch it.d.Status {
		case model.DraftPending:
			paint = st.Notes.Text.Italic(true).Render
		case model.DraftDroppedStatus:
			paint = struck(st.Muted)
		case model.DraftKeptStatus:
			if n, ok := r.st.Note(it.d.Note); ok {
				when, text = noteLine(r.st, n)
			} else {
				text += " (its note was deleted)"
			}
		}
	} else if n, ok := r.st.Note(it.note); ok {
		when, text = noteLine(r.st, n)
	}
	lead := gutter + mark + " " + when + " "
	tail := ""
	if source != "" {
		tail = " ‹" + shortSource(source) + "›"
		if r.width-ansi.StringWidth(lead)-ansi.StringWidth(tail) < 16 {
			k, _, _ := strings.Cut(source, ":")
			tail = " ‹" + inert(k) + "›"
		}
	}
	text = inert(strings.ReplaceAll(text, "\n", " "))
	if r.focused && i == r.sel && most > 1 {
		return wholeRowLines(st, r.width, lead, text, source, most)
	}
	room := max(1, r.width-ansi.StringWidth(lead)-ansi.StringWidth(tail))
	line := paint(lead+cutRow(text, room)) + st.Muted.Render(tail)
	return []string{ansi.Truncate(line, r.width, "")}
}

// cutRow fits a row's text in room cells on its one line: cut at a word,
// so what shows is not half a word, unless a long word (an alert's name)
// would leave most of the room empty; then cut within it.
func cutRow(text string, room int) string {
	cut := shortenAtWord(text, room)
	if ansi.StringWidth(cut)*3 < room*2 {
		return ansi.Truncate(text, room, "…")
	}
	return cut
}

// struck paints text in style's colour, struck through, in one run:
// lipgloss strikes each character in an escape sequence of its own, which
// made a screen of dropped rows several times longer to frame and to send
// than the same screen of drafts. Spaces are struck too, as lipgloss does.
func struck(style lipgloss.Style) func(...string) string {
	te := ansi.Style{}.ForegroundColor(style.GetForeground()).Strikethrough(true)
	return func(s ...string) string { return te.Styled(strings.Join(s, " ")) }
}

// wholeRowLines is the row under the cursor wrapped under its lead, with its
// source on a line of its own, in at most most lines. A row too long for
// that wraps under a narrow indent with its source after the text, and
// only what still does not fit ends with "…".
func wholeRowLines(st Styles, width int, lead, text, source string, most int) []string {
	pad := strings.Repeat(" ", ansi.StringWidth(lead))
	textLines := most
	if source != "" {
		textLines = max(1, most-1)
	}
	wrapped := wrapText(text, max(1, width-len(pad)))
	if len(wrapped) > textLines {
		pad = flagIndent
		if source != "" {
			text += " ‹" + shortSource(source) + "›"
			source = ""
		}
		textLines = most
		wrapped = wrapHanging(text, max(1, width-ansi.StringWidth(lead)), max(1, width-len(pad)))
	}
	if len(wrapped) > textLines {
		cells := width - len(pad)
		if textLines == 1 {
			cells = width - ansi.StringWidth(lead)
		}
		// The word after the last line shown does not fit: "…" ends it.
		wrapped[textLines-1] = shortenAtWord(wrapped[textLines-1]+" "+wrapped[textLines], max(1, cells))
		wrapped = wrapped[:textLines]
	}
	out := make([]string, 0, most)
	for j, l := range wrapped {
		p := pad
		if j == 0 {
			p = lead
		}
		out = append(out, ansi.Truncate(st.Notes.Selected.Render(p+l), width, ""))
	}
	if source != "" && len(out) < most {
		out = append(out, st.Muted.Render(ansi.Truncate(pad+"from "+shortSource(source), width, "…")))
	}
	return out
}

func (r *importReview) inRange(i int) bool {
	return r.anchor >= 0 && i >= min(r.anchor, r.sel) && i <= max(r.anchor, r.sel)
}

// noteLine is a timeline note's time and text with its markers, as the
// pane shows an imported row.
func noteLine(st *model.State, n *model.Note) (when, text string) {
	e := model.ParseTimeline(n.Text, st.IncidentDate(), st.InputZone())
	if !e.HasTime {
		return clockOf(e), n.Text
	}
	d := model.ImportedDraft{Entry: e}
	return clockOf(e), d.Body()
}

// clockOf is a row's time as the pane shows it, in UTC like the imports.
func clockOf(e model.TimelineEntry) string {
	if !e.HasTime {
		return "--:--"
	}
	return e.At.UTC().Format("15:04")
}
