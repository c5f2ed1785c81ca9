package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
)

// renderedMsg carries glamour's rendering of the exported postmortem.
type renderedMsg struct {
	out   string
	width int
	err   error
}

// previewChrome is the preview's title and help lines.
const previewChrome = 2

// preview shows the exported postmortem, rendered, in a scrollable pane.
type preview struct {
	c              *common
	markdown, path string
	vp             viewport.Model
	err            error
}

func newPreview(c *common, md, path string) *preview {
	p := &preview{c: c, markdown: md, path: path, vp: viewport.New()}
	p.setSize(c.width, c.height)
	p.vp.SetContent("rendering…")
	return p
}

func (p *preview) setSize(w, h int) {
	p.vp.SetWidth(max(1, w))
	p.vp.SetHeight(max(1, h-previewChrome))
}

// render runs glamour in a command: rendering a long document is too slow
// for Update, and glamour must be told light or dark explicitly.
func (p *preview) render() tea.Cmd {
	md, width := p.markdown, p.vp.Width()
	style := "light"
	if p.c.styles.IsDark {
		style = "dark"
	}
	return func() tea.Msg {
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(20, width-2)))
		if err != nil {
			return renderedMsg{err: err}
		}
		out, err := r.Render(md)
		return renderedMsg{out: out, width: width, err: err}
	}
}

func (p *preview) setRendered(msg renderedMsg) {
	if msg.err != nil {
		p.err = msg.err
		p.vp.SetContent(inert(p.markdown))
		return
	}
	p.vp.SetContent(msg.out)
}

// Update scrolls; it reports true when the preview should close.
func (p *preview) Update(msg tea.KeyPressMsg) (closed bool) {
	if key.Matches(msg, p.c.keys.Pager.Close) {
		return true
	}
	p.vp, _ = p.vp.Update(msg)
	return false
}

// ShortHelp lists the preview's keys.
func (p *preview) ShortHelp() []key.Binding {
	k := p.c.keys.Pager
	return []key.Binding{k.Up, k.Down, k.PageDown, k.PageUp, k.Close}
}

// View draws the preview at the size it was given.
func (p *preview) View(w, h int) string {
	st := p.c.styles
	title := st.Title.Render("Postmortem preview ") + st.Muted.Render(inert(p.path))
	if p.err != nil {
		title += st.Error.Render("  (shown as text: " + p.err.Error() + ")")
	}
	return ansi.Truncate(title, w, "…") + "\n" + p.vp.View()
}
