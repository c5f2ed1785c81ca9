package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
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
	var parts []string
	if s.st.Ended() && !offered(s.c.keys.List.Summary) {
		// The summary is the facilitator's and the scribe's: no box
		// for anyone else, whose status line says so.
		for range l.boxLines {
			parts = append(parts, "")
		}
	} else {
		parts = append(parts, s.box.View(l.w, l.boxLines, s.focus == focusType))
	}
	live := s.under.lines[:min(len(s.under.lines), l.liveLines)]
	var status []string
	if l.statusOn > 0 {
		st := s.c.styles
		style := st.Muted
		if s.statusErr {
			style = st.Error
		}
		badge := st.Mode.Render(" "+modeName(s.focus, s.st.Ended(), s.box.box.label)+" ") + " "
		switch {
		case s.imports.ask.open():
			status = []string{ansi.Truncate(s.imports.ask.View(l.w), l.w, "…")}
		case s.statusPath != "":
			// A file the status names loses its leading folders, never
			// its name.
			line := badge + style.Render(s.status)
			line += style.Render(shortenPath(inert(s.statusPath), l.w-ansi.StringWidth(line)))
			status = []string{ansi.Truncate(line, l.w, "…")}
		default:
			// A long status takes the live rows nothing else holds now.
			status = wrapStatus(badge, s.status, style, l.w, min(1+l.liveLines-len(live), maxStatusLines))
		}
	}
	parts = append(parts, live...)
	for range l.liveLines + l.statusOn - len(live) - len(status) {
		parts = append(parts, "")
	}
	parts = append(parts, status...)
	parts = append(parts, helpLines(s.c, s.Help(), l.w, l.helpLines)...)
	return strings.Join(parts, "\n")
}

// maxStatusLines is the most rows a status takes, so a long error never
// pushes the note box about; the keys sheet (?) shows it whole.
const maxStatusLines = 3

// wrapStatus puts text after badge, wrapped between words over at most
// n lines of width w, the last shortened at a word if text is longer
// still; lines after the first are indented under the text.
func wrapStatus(badge, text string, style lipgloss.Style, w, n int) []string {
	bw := ansi.StringWidth(badge)
	tw := max(1, w-bw)
	lines := wrapText(text, tw)
	if len(lines) == 0 {
		lines = []string{""}
	}
	if n = max(1, n); len(lines) > n {
		rest := strings.Join(strings.Fields(strings.Join(lines[n-1:], " ")), " ")
		lines = append(lines[:n-1], shortenAtWord(rest, tw))
	}
	out := make([]string, len(lines))
	for i, t := range lines {
		lead := badge
		if i > 0 {
			lead = strings.Repeat(" ", bw)
		}
		out[i] = ansi.Truncate(lead+style.Render(t), w, "…")
	}
	return out
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

// Help is the screen's keys as a help.KeyMap: what the help line and
// the keys sheet show. The key that quits (or leaves a served meeting)
// ends the help line whatever has the keys, so it is never a guess.
func (s *meetingScreen) Help() keyHelp {
	short := s.pick
	if short == nil {
		short = s.shortHelp()
	}
	quit := s.c.keys.Global.Quit
	if len(short) == 0 || !slices.Equal(short[len(short)-1].Keys(), quit.Keys()) {
		short = append(slices.DeleteFunc(slices.Clone(short), func(b key.Binding) bool { return slices.Equal(b.Keys(), quit.Keys()) }), quit)
	}
	return keyHelp{short: short, groups: helpGroups(s.c.keys, &s.list, &s.imports)}
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
// Groups whose keys this screen never takes (a viewer's note box, a
// participant's classify) are left out; replay's keys are replay's own.
func helpGroups(k keyMap, list *noteList, imports *importReview) []helpGroup {
	var edit, choose []key.Binding
	if k.Typing.Cancel.Help().Key != "" {
		edit = editHelp()
	}
	if k.List.Classify.Help().Key != "" {
		choose = k.Choose.bindings()
	}
	rhymes := k.Rhyme.bindings()
	if k.Global.Rhymes.Help().Key == "" {
		rhymes = nil
	}
	return []helpGroup{
		{"Always", k.Global.bindings(), false},
		{"Typing (the note box)", k.Typing.bindings(), false},
		{"Editing the line", edit, false},
		{"Imports (timeline)", imports.FullHelp(), false},
		{"Notes list (esc)", list.FullHelp(), false},
		{"Forms", k.Form.bindings(), false},
		{"Classify (c)", choose, true},
		{"Wrap-up, preview, this sheet", k.Pager.bindings(), false},
		{"Rhymes (ctrl+r, then esc)", rhymes, true},
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
