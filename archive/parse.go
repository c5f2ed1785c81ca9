package archive

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/zones"
)

// recordMarker opens the meeting record in every debrief export.
const recordMarker = "<details><summary>Meeting record (debrief session, "

// sessionMarker is the line every session file's header carries.
const sessionMarker = "debrief: session"

// IsSession reports whether data looks like a debrief session file: its
// header names it, in the first lines.
func IsSession(data []byte) bool {
	head := data[:min(len(data), 512)]
	return bytes.Contains(head, []byte("\n"+sessionMarker)) || bytes.HasPrefix(head, []byte(sessionMarker))
}

// ParseExport reads an exported postmortem. The structured fields come
// from the meeting record inside it (the fold debrief itself uses), the
// text and the action items' status from the Markdown the team keeps,
// which they may have edited since. Without the record (a team may cut
// it out) the fields are read from the Markdown's debrief header and
// sections; a file with neither is not a debrief export: a *Problem at
// line 1.
func ParseExport(path string, data []byte) (*Record, error) {
	if !bytes.Contains(data, []byte(recordMarker)) {
		lines := strings.Split(string(data), "\n")
		r, ok := fromMarkdown(path, lines)
		if !ok {
			return nil, &Problem{File: path, Line: 1, Msg: "not a debrief export (no meeting record or debrief header); skipped", Foreign: true}
		}
		r.Sections = sections(lines)
		return r, nil
	}
	events, _, err := export.ParseMarkdown(path, data)
	if err != nil {
		return nil, located(path, err)
	}
	r, _, err := fromEvents(path, KindExport, events)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(data), "\n")
	r.Sections = sections(lines)
	fromTable(r.Actions, lines)
	return r, nil
}

// ParseSession reads a session file. Its text for search is the
// postmortem debrief would export from it.
func ParseSession(path string, data []byte) (*Record, error) {
	events, warnings, err := model.DecodeLog(path, data)
	if err != nil {
		return nil, located(path, err)
	}
	if len(events) == 0 && len(warnings) > 0 {
		// Its only event was damaged or cut short: a broken file, not a
		// meeting closed on its setup screen, and resume would not bring
		// the meeting back either.
		return nil, warned(path, warnings[0])
	}
	if len(events) == 0 {
		return nil, &Problem{File: path, Msg: "the meeting never started (the session has no events yet); left out", NotStarted: true}
	}
	r, st, err := fromEvents(path, KindSession, events)
	if err != nil {
		return nil, err
	}
	sessionLines(r.Actions, st, events, data)
	md := export.Markdown(st, events, export.Options{})
	if i := strings.Index(md, recordMarker); i >= 0 {
		md = md[:i]
	}
	r.Sections = sections(strings.Split(md, "\n"))
	return r, nil
}

// warned turns a decoder's warning, "FILE:LINE: msg", into a Problem.
func warned(path, w string) *Problem {
	p := &Problem{File: path, Msg: strings.TrimPrefix(w, path+": ") + "; skipped"}
	if rest, ok := strings.CutPrefix(w, path+":"); ok {
		if n, msg, ok := strings.Cut(rest, ": "); ok {
			if line, err := strconv.Atoi(n); err == nil {
				p.Line, p.Msg = line, msg+"; skipped"
			}
		}
	}
	return p
}

// located turns a codec error into a Problem with its line.
func located(path string, err error) error {
	var le *model.LogError
	if errors.As(err, &le) {
		msg := le.Msg
		if le.Field != "" {
			msg = le.Field + ": " + msg
		}
		return &Problem{File: path, Line: le.Line, Msg: msg + "; skipped"}
	}
	return &Problem{File: path, Msg: strings.TrimPrefix(err.Error(), path+": ") + "; skipped"}
}

// fromEvents folds the meeting and takes the fields the archive needs,
// with each action item's status and ticket as recorded after the meeting.
func fromEvents(path, kind string, events []model.Event) (*Record, *model.State, error) {
	zones.Learn(events)
	st, err := model.Fold(events)
	if err != nil {
		return nil, nil, &Problem{File: path, Msg: "the meeting record does not replay: " + err.Error() + "; skipped"}
	}
	su := st.Setup
	r := &Record{
		Path:      path,
		Kind:      kind,
		ID:        st.Created.UTC().Format(time.RFC3339Nano),
		Title:     su.Title,
		Service:   su.Service,
		Severity:  string(su.Severity),
		Trigger:   st.Trigger,
		Review:    st.Created,
		Published: st.LastAt,
		TTD:       Unknown,
		TTM:       Unknown,
		TTR:       Unknown,
		Events:    len(events),
	}
	for _, ev := range events {
		if ev.Kind == model.PhaseStarted {
			r.Review = ev.At
			break
		}
	}
	tl := st.Timeline()
	d := model.TimelineDurations(tl)
	if d.HasTTD {
		r.TTD = d.TTD
	}
	if d.HasTTM {
		r.TTM = d.TTM
	}
	if d.HasTTR {
		r.TTR = d.TTR
	}
	r.Incident = d.Started
	for _, e := range tl {
		if r.Incident.IsZero() && e.HasTime {
			r.Incident = e.At
		}
	}
	if t, err := time.Parse(time.DateOnly, su.IncidentDate); err == nil && r.Incident.IsZero() {
		r.Incident = t
	}
	r.Factors = factors(st)
	items := st.ActionItems()
	ids := export.ActionIDs(st, len(items))
	for i, a := range items {
		tr := st.Tracking(a.Note)
		act := Action{N: i + 1, ID: ids[i], What: a.What, Owner: a.Owner, Due: a.Due,
			Ticket: st.TicketOf(a), Priority: a.Priority, Type: a.Type, Done: tr.Status == model.StatusDone}
		if tr.Ticket != "" {
			act.Tracker = tr.Tracker
		}
		r.Actions = append(r.Actions, act)
	}
	return r, st, nil
}

// seqRe finds an event's seq at the start of its line.
var seqRe = regexp.MustCompile(`^- \{\s*"seq":\s*(\d{1,9})\b`)

// sessionLines finds each action item's line in a session file: the line
// of the event that added its note, in debrief's one-event-per-line form.
// A file a person reformatted as block YAML keeps no such line; its items
// are named by the file alone.
func sessionLines(actions []Action, st *model.State, events []model.Event, data []byte) {
	added := map[int]int{} // note -> seq
	for _, ev := range events {
		if ev.Kind == model.NoteAdded {
			if _, ok := added[ev.Note]; !ok {
				added[ev.Note] = ev.Seq
			}
		}
	}
	lineOf := map[int]int{} // seq -> line
	for i, l := range strings.Split(string(data), "\n") {
		if m := seqRe.FindStringSubmatch(l); m != nil {
			seq, _ := strconv.Atoi(m[1])
			lineOf[seq] = i + 1
		}
	}
	for i, a := range st.ActionItems() {
		if i < len(actions) {
			actions[i].Line = lineOf[added[a.Note]]
		}
	}
}

// factors lists the contributing factors as the export does: notes marked
// as factors anywhere, and every plain note of a factors phase.
func factors(st *model.State) []Factor {
	var out []Factor
	for _, p := range st.Agenda.Phases {
		for _, id := range st.Notes(p.ID) {
			n, ok := st.Note(id)
			if !ok || !(n.Section == model.SectionFactor ||
				(p.Capture == agenda.CaptureFactors && n.Section == model.SectionNone)) {
				continue
			}
			f := Factor{Text: n.Text, Kind: st.FactorKinds[id]}
			f.Whys = whys(st, id, f.Whys)
			out = append(out, f)
		}
	}
	return out
}

func whys(st *model.State, id int, out []string) []string {
	for _, w := range st.Whys(id) {
		if n, ok := st.Note(w); ok {
			out = append(out, n.Text)
			out = whys(st, w, out)
		}
	}
	return out
}
