// Package picker is the small interactive list `debrief search` shows on
// a terminal: move through the results, preview one rendered, or leave to
// replay it. It takes its items ready to show (text from other people's
// files already made inert) and does its file reading in commands.
package picker

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/export"
)

// Item is one result.
type Item struct {
	// Heading is the result's first line (severity, service, title) and
	// Detail its second (the section and matching line); both must be
	// safe to print.
	Heading, Detail string
	// Where is the place to open the result, FILE:LINE, safe to print. It
	// leads the second line, before Detail, and is kept whole (or, when
	// wider than the screen, its end, where the line number is).
	Where string
	// Path is the file, for the preview's title and for replay.
	Path string
	// Line is where the match is in the Markdown the preview shows (1 or
	// 0: the top), so the preview opens there rather than at the title.
	Line int
}

// Options configure the picker.
type Options struct {
	// Title heads the list ("3 results for …"), safe to print.
	Title string
	// Load returns the Markdown to preview for an item's path; it runs in
	// a command, never in Update.
	Load func(path string) (string, error)
	// Plain renders the preview without colour (NO_COLOR).
	Plain bool
	// Cursor is the item selected at the start: the one a replay was
	// started from, when the person comes back to the list after it.
	Cursor int
	// Notice is a line shown under the title (what went wrong with the
	// last replay, say), safe to print; empty shows nothing.
	Notice string
}

// Action is what the person chose on leaving.
type Action int

// The ways out of the picker.
const (
	Quit Action = iota
	Replay
)

// Model is the picker.
type Model struct {
	items   []Item
	opts    Options
	keys    keyMap
	help    help.Model
	st      styles
	isDark  bool
	cursor  int
	top     int
	w, h    int
	preview *preview
	action  Action
}

type preview struct {
	path string
	line int
	vp   viewport.Model
	err  error
}

// loadedMsg carries a rendered preview and the row of its match.
type loadedMsg struct {
	path, out string
	row       int
	err       error
}

// New returns a picker over items.
func New(items []Item, opts Options) Model {
	m := Model{items: items, opts: opts, keys: defaultKeyMap(), help: help.New(), st: newStyles(true), isDark: true, w: 80, h: 24, cursor: opts.Cursor}
	m.clamp()
	return m
}

// Chosen is what the person chose and the item's index; call it on the
// final model after the program ends.
func (m Model) Chosen() (Action, int) { return m.action, m.cursor }

// Init asks for the background colour, to pick light or dark styles.
func (m Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update handles keys, sizes and rendered previews.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.st = newStyles(m.isDark)
		m.help.Styles = help.DefaultStyles(m.isDark)
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.clamp()
		if m.preview != nil {
			m.preview.vp.SetWidth(m.w)
			m.preview.vp.SetHeight(max(1, m.h-2))
			return m, m.load(m.preview.path, m.preview.line)
		}
	case loadedMsg:
		if m.preview != nil && m.preview.path == msg.path {
			m.preview.err = msg.err
			m.preview.vp.SetContent(msg.out)
			// Two rows above the match, so its heading or table row
			// shows with it.
			m.preview.vp.SetYOffset(max(0, msg.row-2))
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		m.action = Quit
		return m, tea.Quit
	case key.Matches(msg, m.keys.Replay) && len(m.items) > 0:
		m.action = Replay
		return m, tea.Quit
	}
	if m.preview != nil {
		if key.Matches(msg, m.keys.Back) {
			m.preview = nil
			return m, nil
		}
		var cmd tea.Cmd
		m.preview.vp, cmd = m.preview.vp.Update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, m.keys.Up):
		m.cursor--
	case key.Matches(msg, m.keys.Down):
		m.cursor++
	case key.Matches(msg, m.keys.Open) && len(m.items) > 0:
		vp := viewport.New()
		vp.SetWidth(m.w)
		vp.SetHeight(max(1, m.h-2))
		vp.SetContent("rendering…")
		it := m.items[m.cursor]
		m.preview = &preview{path: it.Path, line: it.Line, vp: vp}
		return m, m.load(it.Path, it.Line)
	}
	m.clamp()
	return m, nil
}

// clamp keeps the cursor on an item and in view.
func (m *Model) clamp() {
	m.cursor = min(max(m.cursor, 0), max(len(m.items)-1, 0))
	rows := m.visible()
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+rows {
		m.top = m.cursor - rows + 1
	}
	m.top = max(m.top, 0)
}

// visible is how many two-line items fit between the title (and the
// notice, when there is one) and the help.
func (m Model) visible() int { return max(1, (m.h-2-m.noticeRows())/2) }

func (m Model) noticeRows() int {
	if m.opts.Notice == "" {
		return 0
	}
	return 1
}

// load reads a preview and lays it out in a command. The Markdown is shown
// as written, as the meeting's own preview shows an export: a Markdown
// renderer (glamour, whose chroma lexers are parsed at start-up) made every
// run of debrief, a `debrief lint` of one small file included, start 16 ms
// slower.
func (m Model) load(path string, line int) tea.Cmd {
	width, loader := max(20, m.w-2), m.opts.Load
	lay := func(md string) string { return ansi.Wrap(inert(export.WithoutLintSwitches(md)), width, "") }
	return func() tea.Msg {
		md, err := loader(path)
		if err != nil {
			return loadedMsg{path: path, out: inert(err.Error()), err: err}
		}
		// The match's row on screen is where the text before its line
		// ends once laid out the same way: wrapping and the lint
		// switches taken out move it from its line in the file.
		row := 0
		if line > 1 {
			if cut := nthLine(md, line-1); cut > 0 {
				row = strings.Count(lay(md[:cut]), "\n")
			}
		}
		return loadedMsg{path: path, out: lay(md), row: row}
	}
}

// nthLine is the offset just past the n-th newline of s, 0 when s has
// fewer lines.
func nthLine(s string, n int) int {
	off := 0
	for range n {
		i := strings.IndexByte(s[off:], '\n')
		if i < 0 {
			return 0
		}
		off += i + 1
	}
	return off
}

// View draws the list or the preview, clipped to the terminal.
func (m Model) View() tea.View {
	var b strings.Builder
	if m.preview != nil {
		b.WriteString(m.st.Title.Render("Preview ") + m.st.Muted.Render(m.preview.path))
		b.WriteString("\n" + m.preview.vp.View() + "\n")
		b.WriteString(m.help.ShortHelpView(m.keys.previewHelp()))
	} else {
		b.WriteString(m.st.Title.Render(m.opts.Title) + "\n")
		if m.opts.Notice != "" {
			b.WriteString(m.st.Error.Render(m.opts.Notice) + "\n")
		}
		end := min(len(m.items), m.top+m.visible())
		for i := m.top; i < end; i++ {
			it := m.items[i]
			mark, head := "  ", m.st.Item.Render(it.Heading)
			if i == m.cursor {
				mark, head = m.st.Selected.Render("▶ "), m.st.Selected.Render(it.Heading)
			}
			fmt.Fprintf(&b, "%s%s\n%s%s\n", mark, head, detailIndent, m.detail(it))
		}
		for i := end - m.top; i < m.visible(); i++ {
			b.WriteString("\n\n")
		}
		b.WriteString(m.help.ShortHelpView(m.keys.listHelp()))
	}
	v := tea.NewView(clip(b.String(), m.w, m.h))
	v.AltScreen = true
	return v
}

// detailIndent sets an item's second line under its heading's text.
const detailIndent = "    "

// detail is an item's second line: where it is, then the matching line.
// The place comes first, as in grep's FILE:LINE: text, so the screen's
// edge cuts the matching line rather than the line number.
func (m Model) detail(it Item) string {
	where := it.Where
	if room := m.w - len(detailIndent); ansi.StringWidth(where) > room {
		// No room for the matching line either: the place is worth more.
		return m.st.Where.Render(ansi.TruncateLeft(where, ansi.StringWidth(where)-max(room, 1)+1, "…"))
	}
	switch {
	case where == "":
		return m.st.Section.Render(it.Detail)
	case it.Detail == "":
		return m.st.Where.Render(where)
	}
	return m.st.Where.Render(where) + "  " + m.st.Section.Render(it.Detail)
}

// clip cuts s to w columns and h lines.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	return strings.Join(lines, "\n")
}

// inert shows control characters in text from other people's files as
// visible escapes, line by line, so the preview cannot drive the terminal.
func inert(s string) string {
	var b strings.Builder
	for i, l := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(escape(strings.TrimRight(l, "\r")))
	}
	return b.String()
}
