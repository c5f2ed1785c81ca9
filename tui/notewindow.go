package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The window of notes a pane shows keeps the newest note (while typing)
// or the selected one in view and fills every row it has: a marker for
// notes hidden above sits above the notes, one for notes hidden below
// (or the rest of a note) sits below them, and rows a whole note does not
// fit in show the start of the next older note with a line saying how
// much of it is left, rather than staying blank while notes are hidden.

// span is the notes around anchor that fit whole in room lines: rows
// start to end-1 and the lines they take. The anchor is always in it,
// even when taller than room.
func span(m *noteList, anchor, room int) (start, end, used int) {
	start = anchor
	for i := anchor; i >= 0; i-- {
		n := len(m.rowLines(i))
		if used+n > room && used > 0 {
			break
		}
		used += n
		start = i
	}
	end = anchor + 1
	for end < len(m.rows) && used+len(m.rowLines(end)) <= room {
		used += len(m.rowLines(end))
		end++
	}
	return start, end, used
}

// window returns at most h lines of notes, ending with the newest while
// typing or keeping the selection in view, with marker lines when notes
// are hidden above or below.
func (m *noteList) window(h int) []string {
	m.hidden, m.tall = false, 0
	if h <= 0 || len(m.rows) == 0 {
		return nil
	}
	if !m.focused {
		m.within = 0
	}
	anchor := len(m.rows) - 1
	if m.focused {
		anchor = max(0, min(m.sel, len(m.rows)-1))
	}
	if start, end, used := span(m, anchor, h); start == 0 && end == len(m.rows) && used <= h {
		m.within = 0
		return linesOf(m, 0, end)
	}
	// One marker line first; two when notes are hidden both above and
	// below and the pane has room for both and a line of notes.
	var w noteWindow
	for marks := 1; marks <= 2; marks++ {
		w = fitWindow(m, anchor, h-marks)
		if w.markers() <= marks || h-marks-1 < 1 {
			break
		}
	}
	m.within = w.within
	if m.focused {
		m.tall = w.tall
	}
	top, bottom := w.topParts(), w.bottomParts()
	markLines := 0
	if len(top) > 0 {
		markLines++
	}
	if len(bottom) > 0 {
		markLines++
	}
	combined := markLines == 2 && h-2 < len(w.lines)
	if combined {
		markLines = 1
	}
	// Rows left over show the start of the next older note.
	spare := h - len(w.lines) - markLines
	var head []string
	cutPart := false // a note shown in part, above or below
	if spare > 0 && w.start > 0 && w.cut == 0 && w.within == 0 {
		w.start--
		if w.start == 0 && len(top) > 0 && !combined {
			// The note shown in part was the only one above.
			top = nil
			spare++
		}
		head = headOf(m, w.start, spare)
		cutPart = len(head) < len(m.rowLines(w.start))
		if w.start > 0 {
			top = w.topParts()
		}
	}
	var tail []string
	if spare > 0 && head == nil && w.end < len(m.rows) && w.cut == 0 && w.within == 0 {
		// Nothing above to show: the start of the next note below.
		w.end++
		if had := len(bottom) > 0; had && len(w.bottomParts()) == 0 && !combined {
			// The note shown in part was the only one below.
			spare++
		}
		bottom = w.bottomParts()
		tail = headOf(m, w.end-1, spare)
		cutPart = cutPart || len(tail) < len(m.rowLines(w.end-1))
	}
	m.hidden = w.start > 0 || w.end < len(m.rows) || w.cut > 0 || w.within > 0 || cutPart
	muted := func(parts []string) string {
		return m.c.styles.Muted.Render(ansi.Truncate(strings.Join(parts, " · "), m.width, "…"))
	}
	var out []string
	if combined {
		return append(append(append(head, w.lines...), tail...), muted(append(top, bottom...)))
	}
	if len(top) > 0 {
		out = append(out, muted(top))
	}
	out = append(append(append(out, head...), w.lines...), tail...)
	if len(bottom) > 0 {
		out = append(out, muted(bottom))
	}
	return out
}

// lines0 is rows start to end-1 drawn, one after the other.
func linesOf(m *noteList, start, end int) []string {
	var out []string
	for i := start; i < end; i++ {
		out = append(out, m.rowLines(i)...)
	}
	return out
}

// headOf is the first lines of row i in n lines: all of it when it fits,
// else its start and a line saying how many lines of it are left.
func headOf(m *noteList, i, n int) []string {
	all := m.rowLines(i)
	if len(all) <= n {
		return append([]string(nil), all...)
	}
	if n == 1 {
		// No room to say how much is left: the line ends in "…".
		return []string{ansi.Truncate(all[0], max(1, m.width-2), "…") + m.c.styles.Muted.Render(" …")}
	}
	left := len(all) - (n - 1)
	more := m.c.styles.Muted.Render(ansi.Truncate(fmt.Sprintf("  … %d more %s of this note", left, plural(left, "line", "lines")), m.width, "…"))
	return append(append([]string(nil), all[:n-1]...), more)
}

// noteWindow is the notes that fit in a pane's rows: rows start to end-1
// drawn as lines, and for a note taller than the pane the lines of it
// scrolled past (within) and left below (cut).
type noteWindow struct {
	start, end, rows int
	// tall is how many lines of the anchor the window shows when it is
	// taller than the room, else 0.
	within, cut, tall int
	lines             []string
}

func (w noteWindow) topParts() []string {
	var parts []string
	if w.within > 0 {
		parts = append(parts, fmt.Sprintf("this note: %d %s above", w.within, plural(w.within, "line", "lines")))
	}
	if w.start > 0 {
		parts = append(parts, fmt.Sprintf("↑ %d more above", w.start))
	}
	return parts
}

func (w noteWindow) bottomParts() []string {
	var parts []string
	if w.cut > 0 {
		parts = append(parts, fmt.Sprintf("… %d more %s of this note", w.cut, plural(w.cut, "line", "lines")))
	}
	if below := w.rows - w.end; below > 0 {
		parts = append(parts, fmt.Sprintf("↓ %d more below", below))
	}
	return parts
}

// markers is how many marker lines the window asks for.
func (w noteWindow) markers() int {
	n := 0
	if len(w.topParts()) > 0 {
		n++
	}
	if len(w.bottomParts()) > 0 {
		n++
	}
	return n
}

// fitWindow fits the notes around anchor in room lines. Only one note is
// ever taller than the room: the newest while typing, or the one under
// the cursor, which scrolls with its mark on the top line shown.
func fitWindow(m *noteList, anchor, room int) noteWindow {
	room = max(1, room)
	start, end, used := span(m, anchor, room)
	w := noteWindow{start: start, end: end, rows: len(m.rows)}
	if used <= room {
		w.lines = linesOf(m, start, end)
		return w
	}
	all := m.rowLines(anchor)
	w.within = max(0, min(m.within, len(all)-room))
	w.lines = markTop(m.c.styles, all[w.within:w.within+room], w.within > 0)
	w.cut = len(all) - room - w.within
	w.tall = room
	return w
}
