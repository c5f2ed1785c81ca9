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

// preview shows the exported postmortem, rendered, in a scrollable pane.
type preview struct {
	markdown, path string
	vp             viewport.Model
	ready          bool
	err            error
}

func newPreview(md, path string, w, h int) *preview {
	p := &preview{markdown: md, path: path, vp: viewport.New()}
	p.setSize(w, h)
	p.vp.SetContent("rendering…")
	return p
}

func (p *preview) setSize(w, h int) {
	p.vp.SetWidth(max(1, w))
	p.vp.SetHeight(max(1, h-2))
}

// render runs glamour in a command: rendering a long document is too slow
// for Update, and glamour must be told light or dark explicitly.
func (p *preview) render(isDark bool) tea.Cmd {
	md, width := p.markdown, p.vp.Width()
	style := "light"
	if isDark {
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
	p.ready = true
	p.vp.SetContent(msg.out)
}

func (m *Model) updatePreview(msg tea.KeyPressMsg) tea.Cmd {
	if matches(msg, m.keys.Close) {
		m.preview = nil
		return nil
	}
	var cmd tea.Cmd
	m.preview.vp, cmd = m.preview.vp.Update(msg)
	return cmd
}

func (p *preview) view(m *Model) string {
	st := m.styles
	title := st.Title.Render("Postmortem preview ") + st.Muted.Render(inert(p.path))
	if p.err != nil {
		title += st.Error.Render("  (shown as text: " + p.err.Error() + ")")
	}
	helpLine := m.help.ShortHelpView([]key.Binding{m.keys.Scroll, m.keys.Close, m.keys.Quit})
	body := p.vp.View()
	return clip(ansi.Truncate(title, m.width, "…")+"\n"+body+"\n"+ansi.Truncate(helpLine, m.width, "…"), m.width, m.height)
}
