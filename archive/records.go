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
	rows, err = ix.db.Query(`SELECT doc, ` + actionColumns + ` FROM actions ORDER BY doc, n`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var doc int64
		a, err := scanAction(rows, &doc)
		if err != nil {
			return nil, err
		}
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
