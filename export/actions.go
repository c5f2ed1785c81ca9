package export

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/debrief-dev/debrief/model"
)

// trackerItem is one action item in seed 002's YAML for trackers, with
// priority and type added. Every key is always written, so a tracker's
// import sees the same shape for every item.
type trackerItem struct {
	ID       string `yaml:"id"`
	What     string `yaml:"what"`
	Owner    string `yaml:"owner"`
	Due      string `yaml:"due"`
	Ticket   string `yaml:"ticket"`
	Prevents string `yaml:"prevents"`
	Status   string `yaml:"status"`
	Priority string `yaml:"priority"`
	Type     string `yaml:"type"`
}

// ActionsYAML renders the meeting's action items as a YAML list for
// trackers, in seed 002's fields: id (PM-<year>-<day of year>-<item>, from
// the incident date), what, owner, due, ticket, prevents and status, plus
// priority and type. yaml.v3 quotes and escapes whatever the text holds,
// so any note makes valid YAML. Options are accepted for symmetry with
// Markdown; nothing here depends on the time or the checker.
func ActionsYAML(s *model.State, opt Options) ([]byte, error) {
	items := s.ActionItems()
	ids := ActionIDs(s, len(items))
	out := make([]trackerItem, 0, len(items))
	for i, a := range items {
		due := ""
		if !a.Due.IsZero() {
			due = a.Due.Format(time.DateOnly)
		}
		out = append(out, trackerItem{
			ID:       ids[i],
			What:     validUTF8(a.What),
			Owner:    validUTF8(a.Owner),
			Due:      due,
			Ticket:   validUTF8(s.TicketOf(a)),
			Prevents: validUTF8(prevents(a, s.Setup.Title)),
			Status:   s.Tracking(a.Note).Status,
			Priority: a.Priority,
			Type:     a.Type,
		})
	}
	return yaml.Marshal(out)
}

// ActionIDs returns the ids of the first n action items, as the export
// and the tracker YAML give them: PM-<year>-<day of year>-<item number>,
// from the incident date. Tickets and follow-ups name items by them.
func ActionIDs(s *model.State, n int) []string {
	day := incidentDay(s)
	out := make([]string, n)
	for i := range out {
		out[i] = ActionID(day, i+1)
	}
	return out
}

// ActionID is the id of action item n (from 1) of an incident on day, for
// a reader that has only the exported Markdown's date, not the session.
func ActionID(day time.Time, n int) string {
	return fmt.Sprintf("PM-%04d-%03d-%03d", day.Year(), day.YearDay(), n)
}

// prevents says what the item reduces, from its type: the recurrence of
// this incident, the time to detect or mitigate, or for a process change
// the change itself.
func prevents(a model.ActionItem, title string) string {
	switch a.Type {
	case model.TypePrevent:
		if title == "" {
			return "recurrence"
		}
		return "recurrence: " + title
	case model.TypeDetect:
		return "time to detect"
	case model.TypeMitigate:
		return "time to mitigate"
	case model.TypeProcess:
		return a.What
	}
	return ""
}

// incidentDay is the incident's date for the ids: the setup's, else the
// first timed timeline line's, else the day the session was created.
func incidentDay(s *model.State) time.Time {
	if d, err := time.Parse(time.DateOnly, s.Setup.IncidentDate); err == nil {
		return d
	}
	for _, e := range s.Timeline() {
		if e.HasTime {
			return e.At
		}
	}
	return s.Created.UTC()
}

// validUTF8 replaces bytes that are not UTF-8 with U+FFFD, as the session
// file does: yaml.v3 would write such a string as !!binary base64, which a
// tracker's import cannot read as text.
func validUTF8(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
