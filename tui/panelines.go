package tui

import (
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// A pane's frame is the same around every line: lipgloss wraps, pads and
// borders each line of the content on its own, so the framed pane is the
// top edge, each line framed, blank framed lines down to the pane's
// height, and the bottom edge. Framing line by line, and keeping each
// framed line, means a key that changes two lines of the phase pane frames
// two lines, not the whole pane: a cursor moving down a list of imported
// rows costs the same as one that moves between two rows.

// lineKey is what one framed line depends on; edges asks for the pane's
// top and bottom edges around it too.
type lineKey struct {
	dark, focused, edges bool
	w                    int
	line                 string
}

// framedLine is one line of content as lipgloss frames it: one line, or
// several when it wraps, between the side borders, each with its width
// (and the edges above and below when asked for); open is true when the
// line leaves a style or link set, which lipgloss carries onto the next
// line, so the pane is then framed whole.
type framedLine struct {
	lines  []string
	widths []int
	open   bool
}

// framedLines is the lines framed lately, shared like bodies and panes.
var framedLines = newSharedCache[lineKey, *framedLine](maxFramedLines)

// maxFramedLines bounds the kept lines: a few screens of every pane at a
// few sizes.
const maxFramedLines = 4096

// frameByLine frames content as framePane does, from the lines kept; ok is
// false when the content cannot be framed a line at a time exactly as
// lipgloss frames it whole (a tab or carriage return, which lipgloss turns
// into something else before splitting the lines; a style left open at a
// line's end; a pane too narrow for its frame; or lines lipgloss would
// widen to the widest), and the caller frames it whole.
func frameByLine(st Styles, focused bool, w, h int, content string) (*pane, bool) {
	style := paneStyle(st, focused)
	if w <= style.GetHorizontalFrameSize()+1 || strings.ContainsAny(content, "\t\r") {
		return nil, false
	}
	empty := frameLine(st, focused, true, w, "")
	if len(empty.lines) != 3 {
		return nil, false
	}
	width := empty.widths[0]
	p := &pane{width: width}
	add := func(l string, lw int) bool {
		p.lines = append(p.lines, l)
		p.widths = append(p.widths, lw)
		return lw == width
	}
	add(empty.lines[0], empty.widths[0])
	for line := range strings.SplitSeq(content, "\n") {
		f := frameLine(st, focused, false, w, line)
		if f.open || len(f.lines) == 0 {
			return nil, false
		}
		for i, l := range f.lines {
			if !add(l, f.widths[i]) {
				return nil, false
			}
		}
	}
	for len(p.lines)-1 < h-style.GetVerticalFrameSize() {
		add(empty.lines[1], empty.widths[1])
	}
	add(empty.lines[2], empty.widths[2])
	return p, true
}

// frameLine is line framed alone as a pane of width w: the line wrapped
// and padded between the side borders, and with edges its top edge above
// and its bottom edge below.
func frameLine(st Styles, focused, edges bool, w int, line string) *framedLine {
	k := lineKey{dark: st.IsDark, focused: focused, edges: edges, w: w, line: line}
	if f, ok := framedLines.get(k); ok {
		return f
	}
	lines := strings.Split(paneStyle(st, focused).Width(w).Render(line), "\n")
	switch {
	case edges:
	case len(lines) < 3:
		lines = nil // no frame: the caller frames the pane whole
	default:
		// Kept without the edges, which every pane shares.
		lines = lines[1 : len(lines)-1]
	}
	f := &framedLine{lines: lines, widths: make([]int, len(lines)), open: leavesOpen(line)}
	for i, l := range lines {
		f.widths[i] = ansi.StringWidth(l)
	}
	framedLines.put(k, f)
	return f
}

// leavesOpen reports whether line ends with a style or link still set, as
// lipgloss's wrapping reads it.
func leavesOpen(line string) bool {
	if !strings.Contains(line, "\x1b") {
		return false
	}
	w := lipgloss.NewWrapWriter(io.Discard)
	_, _ = io.WriteString(w, line)
	style, link := w.Style(), w.Link()
	open := !style.IsZero() || !link.IsZero()
	_ = w.Close()
	return open
}
