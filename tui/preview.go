package tui

import (
	"strings"

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

// previewHelp is the preview's help line under the pane.
const previewHelp = 1

// maxTitleLines is the most lines the preview's title takes: a path too
// long for one wraps at its slashes rather than being cut, so the
// facilitator can read out where the postmortem was written.
const maxTitleLines = 3

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
	p.vp.SetHeight(max(1, h-previewHelp-len(p.title(w))))
}

// title is the preview's title at width w: what it is and the file it was
// written to, the path wrapped after its slashes onto at most
// maxTitleLines lines, then why it is shown as text if it is.
func (p *preview) title(w int) []string {
	st := p.c.styles
	w = max(1, w)
	head, path := "Postmortem preview ", inert(p.path)
	var lines []string
	if ansi.StringWidth(head+path) <= w {
		lines = []string{st.Title.Render(head) + st.Muted.Render(path)}
	} else {
		lines = []string{st.Title.Render(ansi.Truncate(head, w, "…"))}
		for _, l := range strings.Split(ansi.Wrap(path, w, "/"), "\n") {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	if len(lines) > maxTitleLines {
		lines = lines[:maxTitleLines]
		lines[maxTitleLines-1] = ansi.Truncate(lines[maxTitleLines-1]+"…", w, "…")
	}
	if p.err != nil {
		lines = append(lines, st.Error.Render(shortenAtWord(inert("shown as text: "+p.err.Error()), w)))
	}
	return lines
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
		p.setSize(p.c.width, p.c.height) // the title has a line more
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
	return strings.Join(p.title(w), "\n") + "\n" + p.vp.View()
}
