package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/importer"
	"github.com/debrief-dev/debrief/model"
)

// importPrompt asks for more files to import during the meeting, in the
// status line, and reads them in a command.
type importPrompt struct {
	c *common
	// box is the path being typed; nil when the prompt is closed.
	box *noteBox
	// running is set while an import is read, so a second one waits.
	running bool
	// last is what the last import that failed was given.
	last string
}

func (r *importPrompt) open() bool { return r.box != nil }

// ShortHelp is the prompt's keys: ? is a character a path may hold, so
// the keys sheet is on f1.
func (r *importPrompt) ShortHelp() []key.Binding {
	k := r.c.keys
	return []key.Binding{k.Form.Help, withHelp(k.Typing.Commit, "enter", "import"), k.Typing.Cancel}
}

func (r *importPrompt) start() {
	r.box = &noteBox{label: "import", placeholder: "FILE or kind:FILE, comma-separated · enter imports · esc cancels"}
	// What an import that failed was given comes back, to mend.
	r.box.SetValue(r.last)
}

// failed says why nothing was imported and keeps what was typed for the
// next I: a path to mend, or words typed on the list by mistake.
func (r *importPrompt) failed(s *meetingScreen, typed string, err error) {
	r.last = typed
	s.setStatus("not imported: "+clean(err.Error(), false)+" (I brings back what was typed)", true)
}

// importedMsg carries the rows read from files imported during the
// meeting, or the first problem met (and then no rows at all).
type importedMsg struct {
	what    string
	rows    []model.DraftRow
	skipped importer.Skipped
	err     error
}

// loadImport is the importer, replaced in tests.
var loadImport = importer.LoadCounted

// importCmd reads the files off the event loop.
func importCmd(what string, specs []importer.Spec, opt importer.Options) tea.Cmd {
	return func() tea.Msg {
		rows, skipped, err := loadImport(specs, opt)
		return importedMsg{what: what, rows: rows, skipped: skipped, err: err}
	}
}

// key types into the import prompt; enter starts the import in a
// command, esc closes the prompt.
func (r *importPrompt) key(s *meetingScreen, msg tea.KeyPressMsg) tea.Cmd {
	k := r.c.keys.Typing
	switch {
	case key.Matches(msg, k.Cancel):
		r.box = nil
		s.setStatus("nothing imported", false)
		return nil
	case key.Matches(msg, k.Commit):
		text := strings.TrimSpace(r.box.Value())
		specs, err := importer.ParseSpecs([]string{text})
		if err == nil && len(specs) == 0 {
			err = fmt.Errorf("no file given")
		}
		r.box = nil
		if err != nil {
			r.failed(s, text, err)
			return nil
		}
		r.running = true
		s.setStatus("importing "+clean(text, false)+"…", false)
		return importCmd(text, specs, importWindow(s.st))
	}
	if r.box.Empty() && (msg.Text == " " || msg.Text == "'" || msg.Text == "’") {
		// "I think …", "I'm …": a sentence begun on the list, not a
		// file; it goes to the note box whole.
		r.box = nil
		s.setFocus(focusType)
		s.box.Paste("I" + msg.Text)
		s.setStatus("typing: esc goes back to the notes list", false)
		return s.box.draftLater()
	}
	r.box.HandleKey(msg)
	return nil
}

// paste types pasted text (a path dropped on the terminal) into the prompt.
func (r *importPrompt) paste(text string) {
	r.box.Insert(strings.TrimSpace(text))
}

// importWindow bounds a Slack export imported during the meeting like one
// given with --import: the span of the rows already imported, widened by
// the importer's margin, or else the incident date.
func importWindow(st *model.State) importer.Options {
	opt := importer.Options{Day: st.IncidentDate()}
	ds := st.Drafts()
	var first, last time.Time
	for _, d := range ds {
		if d.Entry.HasTime {
			if first.IsZero() {
				first = d.Entry.At
			}
			last = d.Entry.At
		}
	}
	if !first.IsZero() {
		margin := 30 * time.Minute
		opt.From, opt.To = first.Add(-margin), last.Add(margin)
	}
	return opt
}

// onImported turns rows read during the meeting into drafts; an error
// names the file and line, and nothing of it is imported.
func (r *importPrompt) done(s *meetingScreen, msg importedMsg) []model.Event {
	r.running = false
	if msg.err != nil {
		r.failed(s, msg.what, msg.err)
		return nil
	}
	r.last = ""
	evs := model.ImportDrafts(s.st, msg.rows)
	status := fmt.Sprintf("imported %d new %s from %s (%d already there)", len(evs), plural(len(evs), "row", "rows"),
		clean(msg.what, false), len(msg.rows)-len(evs))
	if left := msg.skipped.String(); left != "" {
		// As the setup screen says it for --import: what the importer
		// read and left out, so a missing alert is not a mystery.
		status += "; left out: " + left
	}
	s.setStatus(status, false)
	return evs
}

// View is the import prompt as the status line shows it.
func (r *importPrompt) View(w int) string {
	st := r.c.styles
	label := st.Mode.Render(" IMPORT ") + " "
	return label + r.box.View(st, max(1, w-ansi.StringWidth(label)), 1, true, nil)
}
