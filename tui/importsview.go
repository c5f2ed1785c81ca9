package tui

import (
	"fmt"
	"path/filepath"
	"strings"

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
	top := []string{st.PaneTitle.Render(ansi.Truncate(inert(p.Title), w, "…")), r.countsLine(w)}
	if r.anchor >= 0 {
		n := len(r.targets())
		top = append(top, st.Warn.Render(ansi.Truncate(fmt.Sprintf("%d imported %s selected: y keeps, d drops, u restores, v ends",
			n, plural(n, "row", "rows")), w, "…")))
	}
	room := h - len(top)
	if room < 2 {
		top, room = nil, h
	}
	r.drawn = clip(strings.Join(append(top, r.window(room)...), "\n"), w, h)
}

// countsLine says how many rows wait, were kept and were dropped, and
// which source the list shows.
func (r *importReview) countsLine(w int) string {
	st := r.c.styles
	counts := fmt.Sprintf("◇ %d pending · ✓ %d kept · ✗ %d dropped", r.st.PendingDrafts(), r.kept, r.dropped)
	return st.Muted.Render(ansi.Truncate(counts+" · f: "+r.sourceLabel(), w, "…"))
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

// window is at most h lines: the rows around the cursor and a line
// saying how many are above and below.
func (r *importReview) window(h int) []string {
	n := len(r.items)
	if h <= 0 || n == 0 {
		return nil
	}
	room := h
	if n > h {
		room = max(1, h-1)
	}
	sel := max(0, min(r.sel, n-1))
	start := max(0, min(sel-room/2, n-room))
	end := min(n, start+room)
	out := make([]string, 0, h)
	for i := start; i < end; i++ {
		out = append(out, r.rowLine(i))
	}
	if start > 0 || end < n {
		var parts []string
		if start > 0 {
			parts = append(parts, fmt.Sprintf("↑ %d more above", start))
		}
		if end < n {
			parts = append(parts, fmt.Sprintf("↓ %d more below", n-end))
		}
		out = append(out, r.c.styles.Muted.Render(ansi.Truncate(strings.Join(parts, " · "), r.width, "…")))
	}
	return out
}

// rowLine draws item i on one line: the cursor or range mark, the status
// word, the time (UTC), the text and, muted, where it came from.
func (r *importReview) rowLine(i int) string {
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
	style := st.Notes.Text
	if it.d != nil {
		mark, source = reviewMarks[it.d.Status], it.d.Source
		when, text = clockOf(it.d.Entry), it.d.Body()
		switch it.d.Status {
		case model.DraftPending:
			style = st.Notes.Text.Italic(true)
		case model.DraftDroppedStatus:
			style = st.Muted.Strikethrough(true)
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
	room := max(1, r.width-ansi.StringWidth(lead)-ansi.StringWidth(tail))
	body := ansi.Truncate(inert(strings.ReplaceAll(text, "\n", " ")), room, "…")
	line := style.Render(lead+body) + st.Muted.Render(tail)
	if r.focused && i == r.sel {
		line = st.Notes.Selected.Render(lead+body) + st.Muted.Render(tail)
	}
	return ansi.Truncate(line, r.width, "")
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
