package importer

import (
	"fmt"
	"strings"
)

// Skipped counts the rows an import read and left out, by why, so that
// whoever imports can tell "nothing there" from "left out on purpose".
type Skipped struct {
	// Repeated is an alert or page given twice: in two saved
	// notifications, or in two files of the same kind.
	Repeated int
	// OutsideWindow is a Slack message outside the incident's window.
	OutsideWindow int
	// SlackOther is a Slack message that says nothing: a join, a topic
	// change, a pin, an empty message.
	SlackOther int
	// PagerDutyOther is a PagerDuty log entry that is no incident event:
	// a notification sent, an assignment, a snooze.
	PagerDutyOther int
}

// Total is how many rows were left out.
func (s Skipped) Total() int { return s.Repeated + s.OutsideWindow + s.SlackOther + s.PagerDutyOther }

// String says briefly what was left out and why, "" when nothing was.
func (s Skipped) String() string {
	var parts []string
	add := func(n int, one, many string) {
		if n == 1 {
			parts = append(parts, "1 "+one)
		} else if n > 1 {
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(s.Repeated, "repeated alert or page", "repeated alerts or pages")
	add(s.OutsideWindow, "Slack message outside the window", "Slack messages outside the window")
	add(s.SlackOther, "Slack join, pin or empty message", "Slack joins, pins or empty messages")
	add(s.PagerDutyOther, "PagerDuty entry not an event", "PagerDuty entries not events")
	return strings.Join(parts, ", ")
}
