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

// render lays the exported postmortem out for the pane in a command:
// wrapping a long document is too slow for Update. The Markdown is shown
// as written, which the export keeps readable as text, less the comments
// only `debrief lint` reads. A Markdown renderer (glamour, with chroma's
// lexers parsed at start-up) made every run of debrief, a `debrief lint`
// of one small file included, start 16 ms slower.
func (p *preview) render() tea.Cmd {
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
