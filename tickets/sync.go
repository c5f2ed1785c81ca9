package tickets

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/debrief-dev/debrief/model"
)

// TicketState is one ticket as a tracker's CSV export shows it.
type TicketState struct {
	Key        string
	Status     string
	Resolution string
	Labels     []string
	// Line is the ticket's line in the export, for messages.
	Line int
}

// Done reports whether the ticket is finished: it has a resolution, or
// its status is one of the usual end states.
func (t TicketState) Done() bool {
	if r := strings.TrimSpace(t.Resolution); r != "" && !strings.EqualFold(r, "Unresolved") {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(t.Status)) {
	case "done", "closed", "resolved", "complete", "completed", "fixed":
		return true
	}
	return false
}

// ReadJiraExport reads a CSV exported from Jira's issue search: it needs
// the Issue key and Status columns; Resolution and Labels are used when
// present. Problems are "NAME:LINE: what".
func ReadJiraExport(name string, data []byte) ([]TicketState, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, csvError(name, err)
	}
	col := func(want string) int {
		return slices.IndexFunc(header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), want) })
	}
	key, status, resolution := col("Issue key"), col("Status"), col("Resolution")
	if key < 0 || status < 0 {
		return nil, fmt.Errorf("%s:1: want the columns Issue key and Status (export the search results from Jira as CSV with all fields)", name)
	}
	var labels []int
	for i, h := range header {
		if strings.EqualFold(strings.TrimSpace(h), "Labels") {
			labels = append(labels, i)
		}
	}
	var out []TicketState
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := r.FieldPos(0)
		field := func(i int) string {
			if i < 0 || i >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[i])
		}
		t := TicketState{Key: field(key), Status: field(status), Resolution: field(resolution), Line: line}
		if t.Key == "" {
			return nil, fmt.Errorf("%s:%d: Issue key: empty", name, line)
		}
		for _, i := range labels {
			if l := field(i); l != "" {
				t.Labels = append(t.Labels, l)
			}
		}
		out = append(out, t)
	}
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: %v", name, pe.Line, pe.Err)
	}
	if err == io.EOF {
		return fmt.Errorf("%s: the file is empty", name)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// Sync returns the events that bring the items in line with a tracker's
// tickets (tracker names it in the events, "jira"): a ticket is found by
// the item's own ticket key, or by the item's id among its labels (as
// JiraCSV writes it), and then linked; the item's status follows the
// ticket's. An item already in line gets no event, so syncing twice
// records nothing new. notes says what changed, one line an item.
func Sync(items []Item, states []TicketState, tracker string) (events []model.Event, notes []string) {
	for _, it := range items {
		t, ok := match(it, states)
		if !ok {
			continue
		}
		if it.Ticket == "" {
			events = append(events, model.Event{Kind: model.TicketLinked, Note: it.Note, Field: tracker, Value: t.Key})
			notes = append(notes, fmt.Sprintf("%s: ticket %s", it.ID, t.Key))
		}
		want := model.StatusOpen
		if t.Done() {
			want = model.StatusDone
		}
		if it.Tracking.Status != want {
			how := tracker + " " + t.Key + ": " + t.Status
			if t.Resolution != "" && !strings.EqualFold(t.Resolution, "Unresolved") {
				how += " (" + t.Resolution + ")"
			}
			events = append(events, model.Event{Kind: model.ActionStatusSet, Note: it.Note, Value: want, Text: clean(how)})
			notes = append(notes, fmt.Sprintf("%s: %s (%s)", it.ID, want, clean(how)))
		}
	}
	return events, notes
}

func match(it Item, states []TicketState) (TicketState, bool) {
	for _, t := range states {
		if it.Ticket != "" && (strings.EqualFold(it.Ticket, t.Key) || strings.HasSuffix(it.Ticket, "/browse/"+t.Key)) {
			return t, true
		}
	}
	if it.Ticket != "" {
		return TicketState{}, false
	}
	for _, t := range states {
		for _, l := range t.Labels {
			if strings.EqualFold(l, it.ID) {
				return t, true
			}
		}
	}
	return TicketState{}, false
}
