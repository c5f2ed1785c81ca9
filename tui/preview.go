package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/export"
)

// renderedMsg carries the exported postmortem laid out for the pane.
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

// render lays the exported postmortem out for the pane in a command:
// wrapping a long document is too slow for Update. The Markdown is shown
// as written, which the export keeps readable as text, less the comments
// only `debrief lint` reads. A Markdown renderer (glamour, with chroma's
// lexers parsed at start-up) made every run of debrief, a `debrief lint`
// of one small file included, start 16 ms slower.
func (p *preview) render(isDark bool) tea.Cmd {
	md, width := p.markdown, p.vp.Width()
	return func() tea.Msg {
		text := inert(export.WithoutLintSwitches(md))
		return renderedMsg{out: ansi.Wrap(text, max(20, width-2), ""), width: width}
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
