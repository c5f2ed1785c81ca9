package export

import (
	"fmt"
	"strings"

	"github.com/debrief-dev/debrief/model"
)

// followedUp reports whether any action item was followed up after the
// meeting (a status set or a ticket recorded), in which case the table
// shows each item's status.
func (r *report) followedUp() bool {
	for _, a := range r.items {
		if t := r.s.Tracking(a.Note); t.Status != model.StatusOpen || t.Ticket != "" || !t.StatusAt.IsZero() {
			return true
		}
	}
	return false
}

// imports says what became of the rows imported before the meeting: only
// the kept ones are in the timeline above; the rest are counted here so a
// reader knows they were looked at, or not.
func (r *report) imports(b *strings.Builder) {
	sources := r.s.DraftSources()
	if len(sources) == 0 {
		return
	}
	b.WriteString("### Imported timeline rows\n\n")
	kept, dropped := map[string]int{}, map[string]int{}
	for _, d := range r.s.Drafts() {
		switch d.Status {
		case model.DraftKeptStatus:
			kept[d.Source]++
		case model.DraftDroppedStatus:
			dropped[d.Source]++
		}
	}
	rows := make([][]string, 0, len(sources))
	for _, src := range sources {
		rows = append(rows, []string{escapeInline(src.Source), fmt.Sprint(src.Total), fmt.Sprint(kept[src.Source]),
			fmt.Sprint(dropped[src.Source]), fmt.Sprint(src.Pending)})
	}
	table(b, []string{"Source", "Rows", "Kept", "Dropped", "Not reviewed"}, rows)
}
