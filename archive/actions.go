package archive

import (
	"database/sql"
	"strings"
	"time"
)

// actionColumns are the actions table's columns in the order scanAction
// reads them.
const actionColumns = `n, ident, what, owner, due, priority, type, ticket, tracker, done, line`

// scanAction reads one row of actionColumns, after the leading columns
// given in before.
func scanAction(rows *sql.Rows, before ...any) (Action, error) {
	var a Action
	var due sql.NullInt64
	dest := append(before, &a.N, &a.ID, &a.What, &a.Owner, &due, &a.Priority, &a.Type, &a.Ticket, &a.Tracker, &a.Done, &a.Line)
	if err := rows.Scan(dest...); err != nil {
		return a, err
	}
	a.Due = fromUnix(due)
	return a, nil
}

// ActionFilter narrows the open action items.
type ActionFilter struct {
	// Owner keeps one owner's items: "@alice", "alice" or
	// "alice@example.com", any case. A handle also finds the items owned
	// by an email address with that name before the @, and the other way
	// round, since teams write both for the same person.
	Owner string
	// Service keeps one service's items.
	Service string
	// Overdue keeps only items whose due date is before Now's day.
	Overdue bool
	// Now is the time overdue is measured against.
	Now time.Time
}

// OpenAction is an action item not recorded as done, with its postmortem.
type OpenAction struct {
	Action
	// Path is the postmortem's file, relative to the archive's top.
	Path     string    `json:"path"`
	Title    string    `json:"title"`
	Service  string    `json:"service"`
	Severity string    `json:"severity"`
	Review   time.Time `json:"review"`
	// Overdue is true when the item was due before Now's day, and
	// DaysOverdue by how many whole days (0 when not overdue).
	Overdue     bool `json:"overdue"`
	DaysOverdue int  `json:"days_overdue"`
}

// OpenActions lists the action items across the archive that are not
// recorded as done, soonest due first (items without a due date last).
// The status is the latest the files record: the session's events
// (`debrief actions`, `debrief tickets --run`) or the export's table.
// When a meeting is in the archive as a session file and an export, the
// record Update keeps visible (the one with more events) speaks for it.
func (ix *Index) OpenActions(f ActionFilter) ([]OpenAction, error) {
	q := `SELECT d.path, d.title, d.service, d.severity, d.review, ` + prefixed("a.", actionColumns) + `
		FROM actions a JOIN docs d ON d.id = a.doc WHERE d.hidden = 0 AND a.done = 0`
	var args []any
	if f.Service != "" {
		q += ` AND d.service = ? COLLATE NOCASE`
		args = append(args, f.Service)
	}
	today := dayStart(f.Now)
	if f.Overdue {
		q += ` AND a.due IS NOT NULL AND a.due < ?`
		args = append(args, today.Unix())
	}
	q += ` ORDER BY a.due IS NULL, a.due, d.path, a.n`
	rows, err := ix.db.Query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []OpenAction
	for rows.Next() {
		var o OpenAction
		var review sql.NullInt64
		a, err := scanAction(rows, &o.Path, &o.Title, &o.Service, &o.Severity, &review)
		if err != nil {
			return nil, err
		}
		if f.Owner != "" && !SameOwner(a.Owner, f.Owner) {
			continue
		}
		o.Action, o.Review = a, fromUnix(review)
		if !a.Due.IsZero() && a.Due.Before(today) {
			o.Overdue, o.DaysOverdue = true, int(today.Sub(a.Due)/(24*time.Hour))
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// SameOwner reports whether an item's owner is the one asked for: the
// same handle or address with or without a leading @, in any case, or a
// handle and an address whose name before the @ is that handle.
func SameOwner(owner, want string) bool {
	o := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(owner), "@"))
	w := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(want), "@"))
	if o == "" || w == "" {
		return o == w
	}
	if o == w {
		return true
	}
	oName, _, oMail := strings.Cut(o, "@")
	wName, _, wMail := strings.Cut(w, "@")
	return oMail != wMail && oName == wName
}

// prefixed qualifies each of a comma-separated list of columns.
func prefixed(p, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// dayStart is UTC midnight of now's day: an item due today is not yet
// overdue.
func dayStart(now time.Time) time.Time {
	y, m, d := now.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
