// Package tickets turns a postmortem's action items into what trackers
// import (Jira's CSV, Linear's CSV, a script of gh issue create commands)
// and reads ticket states back from a tracker's CSV export. It is pure:
// running gh and writing the session belong to the command.
package tickets

import (
	"fmt"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/textsafe"
)

// The trackers debrief writes for.
const (
	TargetJira   = "jira-csv"
	TargetGitHub = "github"
	TargetLinear = "linear-csv"
)

// Targets lists them in the order the help shows them.
var Targets = []string{TargetJira, TargetGitHub, TargetLinear}

// Item is one action item as a ticket sees it.
type Item struct {
	// Num is the item's number in the postmortem (1-based); ID its export
	// id, PM-YYYY-DDD-NNN.
	Num int
	ID  string
	model.ActionItem
	// Ticket is the item's ticket, typed or recorded after the meeting.
	Ticket   string
	Tracking model.Tracking
}

// Items lists the meeting's action items with their ids and follow-up.
func Items(s *model.State) []Item {
	items := s.ActionItems()
	ids := export.ActionIDs(s, len(items))
	out := make([]Item, len(items))
	for i, a := range items {
		out[i] = Item{Num: i + 1, ID: ids[i], ActionItem: a, Ticket: s.TicketOf(a), Tracking: s.Tracking(a.Note)}
	}
	return out
}

// Find returns the item named by id: its export id (PM-2026-323-002,
// any case) or its number ("2").
func Find(items []Item, id string) (Item, error) {
	id = strings.TrimSpace(id)
	for _, it := range items {
		if strings.EqualFold(it.ID, id) || fmt.Sprint(it.Num) == id {
			return it, nil
		}
	}
	if len(items) == 0 {
		return Item{}, fmt.Errorf("no action item %q: the postmortem has none", id)
	}
	return Item{}, fmt.Errorf("no action item %q: use an id such as %s or a number from 1 to %d", id, items[0].ID, len(items))
}

// ToCreate lists the items a tracker should get: those without a ticket,
// and unless again is set, not already written for this target's import.
// skipped counts the rest, so a re-run can say why it did nothing.
func ToCreate(items []Item, target string, again bool) (todo []Item, skipped int) {
	for _, it := range items {
		exported := false
		for _, e := range it.Tracking.Exported {
			exported = exported || e == target
		}
		if it.Ticket != "" || (exported && !again) {
			skipped++
			continue
		}
		todo = append(todo, it)
	}
	return todo, skipped
}

// Context is what every ticket says about where it came from.
type Context struct {
	// Link is where the postmortem can be read (a URL or a path).
	Link     string
	Title    string
	Severity model.Severity
}

// description is the ticket's body: the item, its fields, and the
// postmortem it came from.
func description(it Item, c Context) string {
	var b strings.Builder
	b.WriteString(clean(it.What) + "\n\n")
	if it.Owner != "" {
		b.WriteString("Owner: " + clean(it.Owner) + "\n")
	}
	if !it.Due.IsZero() {
		b.WriteString("Due: " + it.Due.Format(time.DateOnly) + "\n")
	}
	if it.Priority != "" {
		b.WriteString("Priority: " + it.Priority + "\n")
	}
	if it.Type != "" {
		b.WriteString("Type: " + it.Type + "\n")
	}
	src := "From the postmortem"
	if c.Title != "" {
		src += " " + quote(c.Title)
	}
	if c.Severity != "" {
		src += " (" + string(c.Severity) + ")"
	}
	if c.Link != "" {
		src += ": " + clean(c.Link)
	}
	b.WriteString("\n" + src + "\nAction item " + it.ID + ", written by debrief.\n")
	return b.String()
}

func quote(s string) string { return "“" + clean(s) + "”" }

// clean keeps tickets free of control characters (a tracker shows text
// from the notes, and a script must not carry escapes) and of line breaks
// inside one field.
func clean(s string) string { return textsafe.Strip(s, false) }

// handle is an owner as a tracker user name: "@alice" is "alice"; an
// email stays as it is.
func handle(owner string) string { return strings.TrimPrefix(owner, "@") }
