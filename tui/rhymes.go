package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/model"
)

// rhymePane lists the past postmortems that rhyme with the meeting, with
// why they rhyme and what became of their action items. It takes the
// phase pane's place while open (ctrl+r), in the phases where rhymes help;
// the note box stays below it, so the list follows what is typed.
type rhymePane struct {
	c    *common
	link rhymeLink
	open bool
	// focused gives the pane the keys (esc from the box): a rhyme is
	// selected and enter opens it in the preview.
	focused bool
	sel     int
	// guest is a served meeting's screen other than the host's: the
	// archive is on the host's disk, so the pane and the preview name
	// postmortems by their titles, never by the host's paths.
	guest bool
}

func newRhymePane(c *common, opener ArchiveOpener) *rhymePane {
	return &rhymePane{c: c, link: rhymeLink{opener: opener}}
}

// usable reports whether ctrl+r does anything now: there is an archive
// to ask (or to say how to make one) and the phase is one where rhymes help.
func (p *rhymePane) usable(st *model.State) bool {
	return p != nil && p.link.opener != nil && rhymePhase(st)
}

// visible reports whether the pane is on screen now.
func (p *rhymePane) visible() bool { return p != nil && p.open && p.link.gated }

// toggle shows or hides the pane, and says what happened.
func (p *rhymePane) toggle(st *model.State) (status string, cmd tea.Cmd) {
	if !p.usable(st) {
		return "rhymes are looked up in what went poorly, contributing factors and action items", nil
	}
	p.open = !p.open
	p.link.gated = true
	if !p.open {
		return "rhymes hidden: ctrl+r shows them again", nil
	}
	return "", p.link.reopen()
}

// Update handles a key while the pane has the keys; it reports whether
// the box should have them back, and any command (the preview's read).
func (p *rhymePane) Update(msg tea.KeyPressMsg) (toType bool, cmd tea.Cmd) {
	k := p.c.keys.Rhyme
	rs := p.link.rhymes
	switch {
	case key.Matches(msg, k.ToType):
		return true, nil
	case key.Matches(msg, k.Up):
		p.sel = max(0, p.sel-1)
	case key.Matches(msg, k.Down):
		p.sel = max(0, min(len(rs)-1, p.sel+1))
	case key.Matches(msg, k.Open):
		if p.sel < len(rs) && p.link.ar != nil {
			return false, postmortemCmd(p.link.ar, rs[p.sel].Path, rs[p.sel].Title)
		}
	}
	return false, nil
}

// ShortHelp lists the pane's keys that apply now.
func (p *rhymePane) ShortHelp() []key.Binding {
	k := p.c.keys.Rhyme
	n := len(p.link.rhymes)
	return []key.Binding{k.ToType, enabled(k.Up, p.sel > 0), enabled(k.Down, p.sel < n-1), enabled(k.Open, n > 0)}
}

// toggleHelp is ctrl+r's entry in the help line, with how many rhymes
// there are to see.
func (p *rhymePane) toggleHelp(b key.Binding, st *model.State) key.Binding {
	on := p.usable(st)
	b.SetEnabled(on)
	switch {
	case !on:
	case p.open:
		b.SetHelp(b.Help().Key, "hide rhymes")
	case p.link.looked && len(p.link.rhymes) > 0:
		b.SetHelp(b.Help().Key, fmt.Sprintf("rhymes (%d)", len(p.link.rhymes)))
	}
	return b
}

// View draws the pane at w×h. It runs in the meeting screen's refresh,
// when results arrive or the selection moves, never per keystroke.
func (p *rhymePane) View(w, h int) string {
	st := p.c.styles
	l := &p.link
	lines := []string{st.PaneTitle.Render(ansi.Truncate("Rhyming incidents", w, "…"))}
	say := func(text string) {
		for _, s := range wrapText(text, w) {
			lines = append(lines, st.Muted.Render(s))
		}
	}
	switch l.state {
	case archiveOff:
		say("No archive is connected to this meeting.")
	case archiveOpening:
		say("Reading the archive of past postmortems…")
	case archiveNone:
		if p.guest {
			say("No archive of past postmortems is kept beside this meeting's session file on the host.")
			break
		}
		say(fmt.Sprintf("No archive of past postmortems in %s. Run `debrief archive` there (the git repository or folder of this session file) to index the postmortems kept in it, then press ctrl+r twice.", inert(l.noDir)))
	case archiveFailed:
		if p.guest {
			say("The archive of past postmortems could not be read on the host.")
			break
		}
		lines = append(lines, st.Error.Render(ansi.Truncate("The archive could not be read:", w, "…")))
		say(inert(l.err.Error()))
	default:
		lines = append(lines, p.found(w)...)
	}
	return clip(strings.Join(p.fit(lines, w, h), "\n"), w, h)
}

// found is the pane's body once the archive is open.
func (p *rhymePane) found(w int) []string {
	st := p.c.styles
	l := &p.link
	n := l.ar.Postmortems()
	where := fmt.Sprintf("%d %s in %s", n, plural(n, "postmortem", "postmortems"), inert(l.ar.Top()))
	if p.guest {
		where = fmt.Sprintf("%d %s in the team's archive", n, plural(n, "postmortem", "postmortems"))
	}
	var out []string
	muted := func(s string) {
		for _, x := range wrapText(s, w) {
			out = append(out, st.Muted.Render(x))
		}
	}
	switch {
	case l.lookErr != nil:
		out = append(out, st.Error.Render(ansi.Truncate("lookup failed: "+inert(l.lookErr.Error()), w, "…")))
	case !l.looked:
		muted("Looking through " + where + "…")
	case len(l.rhymes) == 0:
		muted("Nothing in " + where + " rhymes yet. Rhymes come from the service, the trigger (c on the notes list), the contributing factors (f) and what is being typed.")
	default:
		muted(fmt.Sprintf("%d of the %s share this incident's service, trigger or words:", len(l.rhymes), where))
		for i, r := range l.rhymes {
			out = append(out, "")
			out = append(out, p.rhyme(r, i, w)...)
		}
	}
	return out
}

// rhyme draws one past postmortem: what and when, why it rhymes, and its
// action items with whether each was done.
func (p *rhymePane) rhyme(r archive.Rhyme, i, w int) []string {
	st := p.c.styles
	mark := "  "
	if p.focused && i == p.sel {
		mark = "▶ "
	}
	date := "no date"
	if !r.Incident.IsZero() {
		date = r.Incident.Format(time.DateOnly)
	}
	head := fmt.Sprintf("%s [%s] %s: %s", date, orNone(r.Severity), orNone(r.Service), r.Title)
	var out []string
	for j, s := range wrapText(inert(head), max(1, w-gutterW)) {
		lead := mark
		if j > 0 {
			lead = "  "
		}
		style := st.Title
		if p.focused && i == p.sel {
			style = st.Notes.Selected
		}
		out = append(out, lead+style.Render(s))
	}
	var why []string
	if r.SameService {
		why = append(why, "same service")
	}
	if r.SameTrigger {
		why = append(why, "same trigger ("+r.Trigger+")")
	}
	if len(r.Shared) > 0 {
		why = append(why, "shares "+strings.Join(r.Shared, ", "))
	}
	why = append(why, filepath.ToSlash(r.Path))
	for _, s := range wrapText(inert(strings.Join(why, " · ")), max(1, w-gutterW)) {
		out = append(out, "  "+st.Notes.Prompt.Render(s))
	}
	if len(r.Actions) == 0 {
		out = append(out, "  "+st.Muted.Render("no action items recorded"))
	}
	for _, a := range r.Actions {
		out = append(out, p.action(a, w)...)
	}
	return out
}

// action is one of a rhyme's action items: ✓ done, or ✗ open with its
// owner and due date, overdue ones said so.
func (p *rhymePane) action(a archive.Action, w int) []string {
	st := p.c.styles
	mark, style := "✓ done ", st.Good
	text := a.What
	if !a.Done {
		mark, style = "✗ open ", st.Warn
		var more []string
		if a.Owner != "" {
			more = append(more, a.Owner)
		}
		if !a.Due.IsZero() {
			due := "due " + a.Due.Format(time.DateOnly)
			if a.Due.Before(dayOf(p.c.now)) {
				due += " (overdue)"
			}
			more = append(more, due)
		}
		if len(more) > 0 {
			text += " · " + strings.Join(more, " · ")
		}
	}
	var out []string
	pad := strings.Repeat(" ", gutterW+ansi.StringWidth(mark))
	for j, s := range wrapText(inert(text), max(1, w-ansi.StringWidth(pad))) {
		lead := pad
		if j == 0 {
			lead = "  " + style.Render(mark)
		}
		out = append(out, lead+st.Notes.Text.Render(s))
	}
	return out
}

// fit keeps the selected rhyme in view when the list is taller than the
// pane, dropping whole lines from the top.
func (p *rhymePane) fit(lines []string, w, h int) []string {
	if len(lines) <= h || !p.focused {
		return lines
	}
	selAt := -1
	for i, l := range lines {
		if strings.HasPrefix(ansi.Strip(l), "▶ ") {
			selAt = i
			break
		}
	}
	if selAt < h-2 {
		return lines
	}
	drop := min(selAt-1, len(lines)-h)
	return append([]string{lines[0], p.c.styles.Muted.Render(ansi.Truncate("↑ more above", w, "…"))}, lines[drop+2:]...)
}

func dayOf(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
