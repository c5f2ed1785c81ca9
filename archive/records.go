package archive

import (
	"database/sql"
	"strings"
	"time"
)

// Records returns every postmortem in the index (one per meeting), with
// factors and action items but without the text, in incident order.
func (ix *Index) Records() ([]Record, error) {
	rows, err := ix.db.Query(`SELECT id, path, kind, ident, title, service, severity, trigger,
		incident, review, published, ttd, ttm, ttr FROM docs WHERE hidden = 0 ORDER BY incident, path`)
	if err != nil {
		return nil, err
	}
	var out []Record
	at := map[int64]int{}
	for rows.Next() {
		var r Record
		var id int64
		var inc, rev, pub, ttd, ttm, ttr sql.NullInt64
		if err := rows.Scan(&id, &r.Path, &r.Kind, &r.ID, &r.Title, &r.Service, &r.Severity, &r.Trigger,
			&inc, &rev, &pub, &ttd, &ttm, &ttr); err != nil {
			rows.Close()
			return nil, err
		}
		r.Incident, r.Review, r.Published = fromUnix(inc), fromUnix(rev), fromUnix(pub)
		r.TTD, r.TTM, r.TTR = fromSecs(ttd), fromSecs(ttm), fromSecs(ttr)
		at[id] = len(out)
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = ix.db.Query(`SELECT doc, text, kind, whys FROM factors ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var doc int64
		var f Factor
		var whys string
		if err := rows.Scan(&doc, &f.Text, &f.Kind, &whys); err != nil {
			rows.Close()
			return nil, err
		}
		if whys != "" {
			f.Whys = strings.Split(whys, "\n")
		}
		if i, ok := at[doc]; ok {
			out[i].Factors = append(out[i].Factors, f)
		}
	}
	rows.Close()
	rows, err = ix.db.Query(`SELECT doc, n, what, owner, due, ticket, priority, type, done FROM actions ORDER BY doc, n`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var doc int64
		var a Action
		var due sql.NullInt64
		if err := rows.Scan(&doc, &a.N, &a.What, &a.Owner, &due, &a.Ticket, &a.Priority, &a.Type, &a.Done); err != nil {
			return nil, err
		}
		a.Due = fromUnix(due)
		if i, ok := at[doc]; ok {
			out[i].Actions = append(out[i].Actions, a)
		}
	}
	return out, rows.Err()
}

func fromUnix(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.Unix(v.Int64, 0).UTC()
}

func fromSecs(v sql.NullInt64) time.Duration {
	if !v.Valid {
		return Unknown
	}
	return time.Duration(v.Int64) * time.Second
}

// ActionFilter narrows the open action items.
type ActionFilter struct {
	// Owner keeps one owner's items ("@alice" or "alice", any case).
	Owner string
	// Service keeps one service's items.
	Service string
	// Overdue keeps only items whose due date is before Now.
	Overdue bool
	// Now is the time overdue is measured against.
	Now time.Time
}

// OpenAction is an action item not recorded as done, with its postmortem.
type OpenAction struct {
	Action
	Path     string    `json:"path"`
	Title    string    `json:"title"`
	Service  string    `json:"service"`
	Severity string    `json:"severity"`
	Review   time.Time `json:"review"`
	// Overdue is true when the item was due before Now.
	Overdue bool `json:"overdue"`
}

// OpenActions lists the action items across the archive that no file
// records as done, soonest due first (items without a due date last).
// The status is what the files record today: a Status column or a
// struck-through item in an export's table; session files record none.
func (ix *Index) OpenActions(f ActionFilter) ([]OpenAction, error) {
	q := `SELECT a.n, a.what, a.owner, a.due, a.ticket, a.priority, a.type, d.path, d.title, d.service, d.severity, d.review
		FROM actions a JOIN docs d ON d.id = a.doc WHERE d.hidden = 0 AND a.done = 0`
	var args []any
	if f.Owner != "" {
		q += ` AND lower(ltrim(a.owner, '@')) = lower(ltrim(?, '@'))`
		args = append(args, f.Owner)
	}
	if f.Service != "" {
		q += ` AND d.service = ? COLLATE NOCASE`
		args = append(args, f.Service)
	}
	if f.Overdue {
		q += ` AND a.due IS NOT NULL AND a.due < ?`
		args = append(args, dayStart(f.Now).Unix())
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
		var due, review sql.NullInt64
		if err := rows.Scan(&o.N, &o.What, &o.Owner, &due, &o.Ticket, &o.Priority, &o.Type,
			&o.Path, &o.Title, &o.Service, &o.Severity, &review); err != nil {
			return nil, err
		}
		o.Due, o.Review = fromUnix(due), fromUnix(review)
		o.Overdue = !o.Due.IsZero() && o.Due.Before(dayStart(f.Now))
		out = append(out, o)
	}
	return out, rows.Err()
}

// dayStart is UTC midnight of now's day: an item due today is not yet
// overdue.
func dayStart(now time.Time) time.Time {
	y, m, d := now.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
