package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// paneKey is everything one framed pane depends on: its content as drawn,
// its outer size, and which border it wears (the styles come from dark
// alone, the colour from focused).
type paneKey struct {
	dark, focused bool
	w, h          int
	content       string
}

// pane is a pane framed by lipgloss, split into lines, each line's width
// measured once: joining it to the other pane then measures nothing.
type pane struct {
	lines  []string
	widths []int
	// width is the widest line, the block's width.
	width int
}

// panes is the framed panes drawn lately, shared like bodies. A key on
// the phase pane changes that pane only: the agenda column beside it,
// which changes once a second at most, is framed once and reused.
var panes = newSharedCache[paneKey, *pane](maxPanes)

// maxPanes bounds the cache as maxBodies does the bodies: a pane per
// second's clock and per focus, and the phase pane's recent drawings.
const maxPanes = 2 * maxBodies

// framePane is content framed as a pane of outer size w×h, with the
// focused border or the plain one; the result is shared and must not be
// changed.
func framePane(st Styles, focused bool, w, h int, content string) *pane {
	k := paneKey{dark: st.IsDark, focused: focused, w: w, h: h, content: content}
	p, ok := panes.get(k)
	if ok {
		return p
	}
	p, ok = frameByLine(st, focused, w, h, content)
	if !ok {
		lines := strings.Split(paneStyle(st, focused).Width(w).Height(h).Render(content), "\n")
		p = &pane{lines: lines, widths: make([]int, len(lines))}
		for i, l := range lines {
			p.widths[i] = ansi.StringWidth(l)
			p.width = max(p.width, p.widths[i])
		}
	}
	panes.put(k, p)
	return p
}

func paneStyle(st Styles, focused bool) lipgloss.Style {
	if focused {
		return st.PaneFocused
	}
	return st.Pane
}

// joinPanes puts b to the right of a, tops aligned, each line padded to
// its block's width, and cuts the result to w×h as fill does: the same
// text as fill(lipgloss.JoinHorizontal(lipgloss.Top, a, b), w, h), with
// the widths measured when the panes were framed.
func joinPanes(a, b *pane, w, h int) string {
	if h <= 0 {
		return ""
	}
	n := min(max(len(a.lines), len(b.lines)), h)
	var sb strings.Builder
	for i := range n {
		if i > 0 {
			sb.WriteByte('\n')
		}
		line := padded(a, i) + padded(b, i)
		if a.width+b.width > w {
			line = ansi.Truncate(line, w, "…")
		}
		sb.WriteString(line)
	}
	sb.WriteString(strings.Repeat("\n", h-n))
	return sb.String()
}

// padded is line i of p, blank past its last line, padded to p's width.
func padded(p *pane, i int) string {
	if i >= len(p.lines) {
		return strings.Repeat(" ", p.width)
	}
	return p.lines[i] + strings.Repeat(" ", p.width-p.widths[i])
}
