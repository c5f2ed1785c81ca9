package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpGroup is one titled column of the full help.
type helpGroup struct {
	title    string
	bindings []key.Binding
	// under stacks the group below the one before it, in its column, so
	// short groups do not each take a column.
	under bool
}

// helpSheet is the full help: every key in groups, laid out in as many
// columns as fit and scrolled when taller than the screen, so it is whole
// at any size. Keys that do not apply right now are shown dimmed rather
// than hidden, so the sheet also teaches what the other modes offer.
type helpSheet struct {
	c      *common
	groups []helpGroup
	width  int
	height int
	offset int
	lines  []string
	view   string
	// last is the status line's message when the sheet opened, whole:
	// the status line shortens a long one.
	last string
	// lastErr is whether it was an error.
	lastErr bool
}

func (m *helpSheet) open(groups []helpGroup, last string, lastErr bool) {
	m.groups, m.offset, m.last, m.lastErr = groups, 0, last, lastErr
	m.rebuild()
}

func (m *helpSheet) setSize(w, h int) {
	m.width, m.height = w, h
	m.rebuild()
}

// Update scrolls the sheet; it reports true when the sheet should close.
func (m *helpSheet) Update(msg tea.KeyPressMsg) (closed bool) {
	k := m.c.keys.Pager
	if key.Matches(msg, k.Close, m.c.keys.Global.Help) {
		return true
	}
	k.scroll(msg, &m.offset, m.height)
	m.refresh()
	return false
}

// View is the sheet as last drawn.
func (m *helpSheet) View() string { return m.view }

func (m *helpSheet) rebuild() {
	st := m.c.styles
	var blocks []string
	for _, g := range m.groups {
		kw := 0
		for _, b := range g.bindings {
			kw = max(kw, ansi.StringWidth(b.Help().Key))
		}
		lines := []string{st.PaneTitle.Render(g.title)}
		for _, b := range g.bindings {
			h := b.Help()
			if h.Key == "" {
				continue // withdrawn: this screen never takes it
			}
			k := fmt.Sprintf("%-*s", kw, h.Key)
			if b.Enabled() {
				lines = append(lines, st.Help.Key.Render(k)+" "+st.Help.Desc.Render(h.Desc))
			} else {
				lines = append(lines, st.Muted.Faint(true).Render(k+" "+h.Desc+" (not here)"))
			}
		}
		if len(lines) == 1 {
			continue // a group with nothing this screen takes has no title either
		}
		if n := len(blocks); g.under && n > 0 {
			blocks[n-1] += "\n\n" + strings.Join(lines, "\n")
			continue
		}
		blocks = append(blocks, strings.Join(lines, "\n"))
	}
	// Flow the groups into rows of columns that fit the width.
	w := max(1, m.width)
	var rows []string
	var row []string
	used := 0
	for _, b := range blocks {
		bw := lipgloss.Width(b) + 3
		if len(row) > 0 && used+bw > w {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, used = nil, 0
		}
		row = append(row, lipgloss.NewStyle().PaddingRight(3).Render(b))
		used += bw
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	text := st.Title.Render("All keys") + st.Muted.Render("  (esc or ? closes, ↑/↓ scroll)") + "\n\n"
	if m.last != "" {
		style := st.Muted
		if m.lastErr {
			style = st.Error
		}
		for _, l := range wrapText("Last message: "+m.last, w) {
			text += style.Render(l) + "\n"
		}
		text += "\n"
	}
	text += strings.Join(rows, "\n\n")
	m.lines = strings.Split(text, "\n")
	for i, l := range m.lines {
		m.lines[i] = strings.TrimRight(l, " ")
	}
	m.refresh()
}

func (m *helpSheet) refresh() {
	h := max(1, m.height)
	if len(m.lines) <= h {
		m.offset = 0
		m.view = clip(strings.Join(m.lines, "\n"), m.width, h)
		return
	}
	room := max(1, h-1)
	m.offset = max(0, min(m.offset, len(m.lines)-room))
	shown := append([]string(nil), m.lines[m.offset:m.offset+room]...)
	more := fmt.Sprintf("lines %d-%d of %d · ↑/↓ pgup/pgdn scroll · esc closes", m.offset+1, m.offset+room, len(m.lines))
	m.view = clip(strings.Join(append(shown, m.c.styles.Muted.Render(more)), "\n"), m.width, h)
}

// helpLines lays the enabled bindings out over at most n lines of width
// w, wrapping between keys rather than hiding them. When they do not all
// fit, ? (first) and the last key (how to quit or leave) still show, and
// the keys before the last that do not fit give way to "…": the keys
// sheet has them all.
func helpLines(c *common, km help.KeyMap, w, n int) []string {
	st := c.styles
	var items []string
	var widths []int
	for _, b := range km.ShortHelp() {
		if !b.Enabled() || b.Help().Key == "" {
			continue
		}
		h := b.Help()
		items = append(items, st.Help.Key.Render(h.Key)+" "+st.Help.Desc.Render(h.Desc))
		widths = append(widths, ansi.StringWidth(h.Key)+1+ansi.StringWidth(h.Desc))
	}
	const more = "…"
	keep := len(items)
	if len(items) > 2 && len(flowHelp(widths, w)) > n {
		// The most keys from the front that fit with "…" and the last.
		last := widths[len(widths)-1]
		for keep = len(items) - 2; keep > 1; keep-- {
			try := append(append(slices.Clone(widths[:keep]), 1), last)
			if len(flowHelp(try, w)) <= n {
				break
			}
		}
		items = append(append(items[:keep:keep], st.Muted.Render(more)), items[len(items)-1])
		widths = append(append(widths[:keep:keep], 1), widths[len(widths)-1])
	}
	sep := st.Muted.Render(" • ")
	var out []string
	for _, row := range flowHelp(widths, w) {
		line := strings.Join(items[row[0]:row[1]], sep)
		out = append(out, ansi.Truncate(line, w, "…"))
	}
	if len(out) > n {
		out = out[:n]
	}
	for len(out) < n {
		out = append(out, "")
	}
	return out
}

// flowHelp lays items of the given widths into lines of width w, " • "
// between them, and returns each line's [first, end) items.
func flowHelp(widths []int, w int) [][2]int {
	var rows [][2]int
	start, used := 0, 0
	for i, iw := range widths {
		if i > start && used+3+iw > w {
			rows = append(rows, [2]int{start, i})
			start, used = i, 0
		}
		if i > start {
			used += 3
		}
		used += iw
	}
	if start < len(widths) || len(rows) == 0 {
		rows = append(rows, [2]int{start, len(widths)})
	}
	return rows
}
