package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// viewOptions say what a screen showing the meeting wants of it: replay
// and a follow view show it read-only, without the note box.
type viewOptions struct {
	// noInput leaves out the note box, its live line and the help line.
	noInput bool
	// saveState is the header's right-hand side ("● saved"), or "".
	saveState string
}

// refresh draws the agenda column and the phase pane into s.body. It runs
// in Update whenever what they show changes (events, the tick, the size,
// the focus, the selection, a form), never per keystroke in the box.
func (s *meetingScreen) refresh() {
	l := s.lay
	st := s.c.styles
	if l.bodyH <= 0 {
		s.body = ""
		return
	}
	pane := s.paneView(l.mainInnerW, l.mainInnerH)
	if !l.wide {
		s.body = fill(s.compactLine(l.w)+"\n"+s.paneView(l.w, max(0, l.bodyH-1)), l.w, l.bodyH)
		return
	}
	s.body = framedBody(st, s.focus != focusType, l, s.agenda.View(), pane)
}

// paneView is what the phase pane holds: a form, the wrap-up or the notes.
func (s *meetingScreen) paneView(w, h int) string {
	switch {
	case s.focus == focusForm && s.form != nil:
		return clip(s.form.View(w, h), w, h)
	case s.focus == focusChoose && s.chooser != nil:
		return s.chooser.View(s.st, w, h)
	case s.rhymes.visible():
		return s.rhymes.View(w, h)
	case s.st.Ended():
		return s.wrap.View()
	case s.imports.active():
		return s.imports.View()
	}
	return s.list.View()
}

// compactLine is the small screen's line of phase and clock.
func (s *meetingScreen) compactLine(w int) string {
	st := s.c.styles
	p, ok := s.st.Phase()
	if !ok {
		return st.Agenda.Now.Render("Wrap-up")
	}
	t := s.st.Timer()
	status := t.Status(s.c.now, s.st.Agenda.WarnBefore(), s.st.Paused)
	clock := clockStyle(st, status).Render(clockText(remaining(t, s.c.now), status))
	name := fmt.Sprintf("%d/%d %s", s.st.Current+1, len(s.st.Agenda.Phases), inert(p.Title))
	room := max(0, w-ansi.StringWidth(clock)-1)
	return ansi.Truncate(st.Agenda.Now.Render(name), room, "…") + " " + clock
}

// fill cuts s to w×h and pads it to h lines, so the parts below stay put.
func fill(s string, w, h int) string {
	s = clip(s, w, h)
	if pad := h - strings.Count(s, "\n") - 1; pad > 0 {
		s += strings.Repeat("\n", pad)
	}
	return s
}

// View draws the meeting at the common size. It only reads: everything
// it shows was worked out in Update.
func (s *meetingScreen) View(opt viewOptions) string {
	l := s.lay
	header := s.head.view(s, opt.saveState)
	if opt.noInput {
		return stack(header, s.body, "", l.w, l.h, true, false)
	}
	return stack(header, s.body, s.bottom(), l.w, l.h, l.bodyH > 0, true)
}

// header is the title line: the severity, service and title on the left,
// save on the right.
func header(st Styles, su *model.Setup, w int, save string) string {
	title := fmt.Sprintf("[%s] %s: %s", su.Severity, inert(su.Service), inert(su.Title))
	if su.Service == "" {
		title = fmt.Sprintf("[%s] %s", su.Severity, inert(su.Title))
	}
	save = ansi.Truncate(save, max(0, w/2), "…")
	room := max(0, w-ansi.StringWidth(save)-1)
	const app = "debrief "
	title = shortenAtWord(title, max(1, room-len(app)))
	left := ansi.Truncate(st.Title.Render(app)+st.Meta.Render(title), room, "…")
	gap := max(1, w-ansi.StringWidth(left)-ansi.StringWidth(save))
	return ansi.Truncate(left+strings.Repeat(" ", gap)+save, w, "")
}

// bottom is the note box, its live lines, the mode and status line and
// the help lines, each at the height the layout gave it.
func (s *meetingScreen) bottom() string {
	l := s.lay
	st := s.c.styles
	var parts []string
	parts = append(parts, s.box.View(l.w, l.boxLines, s.focus == focusType))
	for i := range l.liveLines {
		line := ""
		if i < len(s.under.lines) {
			line = s.under.lines[i]
		}
		parts = append(parts, line)
	}
	if l.statusOn > 0 {
		style := st.Muted
		if s.statusErr {
			style = st.Error
		}
		badge := st.Mode.Render(" " + modeName(s.focus, s.st.Ended(), s.box.box.label) + " ")
		line := badge + " " + style.Render(s.status)
		if s.statusPath != "" {
			room := l.w - ansi.StringWidth(line)
			line += style.Render(shortenPath(inert(s.statusPath), room))
		}
		if s.imports.ask.open() {
			line = s.imports.ask.View(l.w)
		}
		parts = append(parts, ansi.Truncate(line, l.w, "…"))
	}
	parts = append(parts, helpLines(s.c, s.Help(), l.w, l.helpLines)...)
	return strings.Join(parts, "\n")
}

// shortenPath fits a file's path in w cells by leaving out its leading
// folders ("…/reviews/checkout.md"); a file name wider than w keeps its
// end.
func shortenPath(p string, w int) string {
	if ansi.StringWidth(p) <= w {
		return p
	}
	for i, r := range p {
		if r == '/' && i > 0 && ansi.StringWidth(p[i:])+1 <= w {
			return "…" + p[i:]
		}
	}
	return ansi.TruncateLeft(p, ansi.StringWidth(p)-max(0, w-1), "…")
}

// modeName says where keys go, shown on every screen so it is never a
// guess whether a letter types or acts.
func modeName(f focus, ended bool, boxLabel string) string {
	switch f {
	case focusList:
		if ended {
			return "WRAP-UP · keys act"
		}
		return "NOTES · keys act"
	case focusForm:
		return "FORM · typing in fields"
	case focusRhymes:
		return "RHYMES · keys act"
	case focusChoose:
		return "CLASSIFY · a key picks"
	}
	return "TYPING · " + boxLabel
}

// helpLines lays the enabled bindings out over at most n lines of width
// w, wrapping between keys rather than hiding them; only what does not fit
// in n lines is cut, and ? (first) is always shown.
func helpLines(c *common, km help.KeyMap, w, n int) []string {
	sep := c.styles.Muted.Render(" • ")
	var out []string
	line := ""
	for _, b := range km.ShortHelp() {
		if !b.Enabled() || b.Help().Key == "" {
			continue
		}
		item := c.styles.Help.Key.Render(b.Help().Key) + " " + c.styles.Help.Desc.Render(b.Help().Desc)
		switch {
		case line == "":
			line = item
		case ansi.StringWidth(line)+3+ansi.StringWidth(item) <= w:
			line += sep + item
		default:
			out = append(out, line)
			line = item
		}
	}
	out = append(out, line)
	if len(out) > n {
		out = out[:n]
		out[n-1] = ansi.Truncate(out[n-1]+" …", w, "…")
	}
	for i := range out {
		out[i] = ansi.Truncate(out[i], w, "…")
	}
	for len(out) < n {
		out = append(out, "")
	}
	return out
}

// Help is the screen's keys as a help.KeyMap: what the help line and
// the keys sheet show.
func (s *meetingScreen) Help() keyHelp {
	return keyHelp{short: s.shortHelp(), groups: helpGroups(s.c.keys, &s.list, &s.imports)}
}

// shortHelp is the keys that work now; ? (or f1 when the box holds text,
// where ? is a character) comes first.
func (s *meetingScreen) shortHelp() []key.Binding {
	g := s.c.keys.Global
	help := g.Help
	if (s.focus == focusType && !s.box.box.Empty()) || s.focus == focusForm {
		help.SetHelp("f1", "all keys")
	}
	if s.focus == focusList && s.imports.ask.open() {
		return s.imports.ask.ShortHelp()
	}
	out := []key.Binding{help}
	switch s.focus {
	case focusForm:
		return append(out, s.form.ShortHelp()...)
	case focusChoose:
		return append(out, s.chooser.ShortHelp()...)
	case focusRhymes:
		return append(append(out, s.rhymes.ShortHelp()...), s.rhymes.toggleHelp(g.Rhymes, s.st), g.Next, g.Prev, g.Quit)
	case focusList:
		if s.st.Ended() {
			out = append(out, s.wrap.ShortHelp()...)
		}
		if s.imports.timeline() {
			out = append(out, s.imports.ShortHelp()...)
		}
		return append(out, s.list.ShortHelp()...)
	}
	out = append(out, s.box.ShortHelp()...)
	next := g.Next
	if s.st.Ended() {
		next.SetEnabled(false)
	} else if s.st.Current+1 >= len(s.st.Agenda.Phases) {
		next.SetHelp("ctrl+n", "wrap-up")
	}
	_, inPhase := s.st.Phase()
	pause := g.Pause
	if s.st.Paused {
		pause.SetHelp("ctrl+t", "resume")
	}
	return append(out, s.rhymes.toggleHelp(g.Rhymes, s.st), next, g.Prev, enabled(pause, inPhase), enabled(g.Extend, inPhase), g.Export, g.Roles, g.Quit)
}

// helpGroups is every key in groups; the list keys that do not apply to
// this phase or note are shown dimmed.
func helpGroups(k keyMap, list *noteList, imports *importReview) []helpGroup {
	return []helpGroup{
		{"Always", k.Global.bindings(), false},
		{"Typing (the note box)", k.Typing.bindings(), false},
		{"Editing the line", editHelp(), false},
		{"Imports (timeline)", imports.FullHelp(), false},
		{"Notes list (esc)", list.FullHelp(), false},
		{"Forms (m, e, a)", k.Form.bindings(), false},
		{"Classify (c)", k.Choose.bindings(), true},
		{"Wrap-up, preview, this sheet", k.Pager.bindings(), false},
		{"Rhymes (ctrl+r, then esc)", k.Rhyme.bindings(), true},
		{"Replay", k.Replay.bindings(), false},
	}
}

// editHelp describes the note box's editing keys for the keys sheet.
func editHelp() []key.Binding {
	e := editKeys
	return []key.Binding{
		withHelp(e.Left, "←/→", "move"), withHelp(e.Home, "home/end", "start/end (ctrl+a/e)"),
		withHelp(e.WordLeft, "alt+←/→", "word by word"), withHelp(e.Backspace, "backspace", "delete back (delete: forward)"),
		withHelp(e.DeleteWord, "ctrl+w", "delete a word"), withHelp(e.DeleteToStart, "ctrl+u/k", "delete to start/end"),
	}
}

func withHelp(b key.Binding, k, desc string) key.Binding {
	b.SetHelp(k, desc)
	return b
}
