package archive

import (
	"database/sql"
	"strings"
)

// write applies one Update in a single transaction, so the index is
// either as before or as the files are now.
func (ix *Index) write(results []parsed, gone []string, have map[string]known) error {
	tx, err := ix.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w, err := newWriter(tx)
	if err != nil {
		return err
	}
	defer w.close()
	idents := map[string]bool{}
	for _, p := range gone {
		if err := w.dropFile(p, have[p], idents); err != nil {
			return err
		}
	}
	for _, r := range results {
		if r.same {
			if _, err := w.touch.Exec(r.c.size, r.c.mtime, r.c.rel); err != nil {
				return err
			}
			continue
		}
		if err := w.dropDoc(have[r.c.rel].doc, idents); err != nil {
			return err
		}
		var doc sql.NullInt64
		if r.rec != nil {
			id, err := w.insert(r.rec)
			if err != nil {
				return err
			}
			doc = sql.NullInt64{Int64: id, Valid: true}
			idents[r.rec.ID] = true
		}
		var problem sql.NullString
		line, foreign, notStarted := 0, false, false
		if r.problem != nil {
			problem = sql.NullString{String: r.problem.Msg, Valid: true}
			line, foreign, notStarted = r.problem.Line, r.problem.Foreign, r.problem.NotStarted
		}
		if _, err := w.file.Exec(r.c.rel, r.c.size, r.c.mtime, r.digest, doc, problem, line, foreign, notStarted); err != nil {
			return err
		}
	}
	if err := hide(tx, idents); err != nil {
		return err
	}
	return tx.Commit()
}

// hide keeps one record per meeting visible when its session file and
// its export are both in the archive: the one with more events (the
// meeting went on after an export), else the export, which is what the
// team published.
func hide(tx *sql.Tx, idents map[string]bool) error {
	if len(idents) == 0 {
		return nil
	}
	stmt, err := tx.Prepare(`UPDATE docs SET hidden = EXISTS (SELECT 1 FROM docs o WHERE o.ident = docs.ident AND o.id != docs.id AND
		(o.events > docs.events OR (o.events = docs.events AND o.kind = 'export' AND docs.kind = 'session')
		 OR (o.events = docs.events AND o.kind = docs.kind AND o.path < docs.path)))
		WHERE ident = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for id := range idents {
		if _, err := stmt.Exec(id); err != nil {
			return err
		}
	}
	return nil
}

// writer holds the prepared statements of one Update.
type writer struct {
	tx                                            *sql.Tx
	file, touch, doc, text, rhyme, factor, action *sql.Stmt
	delRhyme                                      *sql.Stmt
	delFile, delDoc, delText, delF, delA          *sql.Stmt
	identOf                                       *sql.Stmt
}

func newWriter(tx *sql.Tx) (*writer, error) {
	w := &writer{tx: tx}
	for _, s := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.file, `INSERT OR REPLACE INTO files(path, size, mtime, digest, doc, problem, line, foreign_file, not_started) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.touch, `UPDATE files SET size = ?, mtime = ? WHERE path = ?`},
		{&w.doc, `INSERT INTO docs(path, kind, ident, events, title, service, severity, trigger, incident, review, published, ttd, ttm, ttr)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.text, `INSERT INTO text(rowid, body, section, lines) VALUES (?, ?, ?, ?)`},
		{&w.rhyme, `INSERT INTO rhyme(rowid, body) VALUES (?, ?)`},
		{&w.delRhyme, `DELETE FROM rhyme WHERE rowid = ?`},
		{&w.factor, `INSERT INTO factors(doc, text, kind, whys) VALUES (?, ?, ?, ?)`},
		{&w.action, `INSERT INTO actions(doc, ` + actionColumns + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.delFile, `DELETE FROM files WHERE path = ?`},
		{&w.delDoc, `DELETE FROM docs WHERE id = ?`},
		{&w.delText, `DELETE FROM text WHERE rowid >= ?1 * 64 AND rowid < (?1 + 1) * 64`},
		{&w.delF, `DELETE FROM factors WHERE doc = ?`},
		{&w.delA, `DELETE FROM actions WHERE doc = ?`},
		{&w.identOf, `SELECT ident FROM docs WHERE id = ?`},
	} {
		st, err := tx.Prepare(s.sql)
		if err != nil {
			w.close()
			return nil, err
		}
		*s.dst = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.file, w.touch, w.doc, w.text, w.rhyme, w.delRhyme, w.factor, w.action,
		w.delFile, w.delDoc, w.delText, w.delF, w.delA, w.identOf} {
		if s != nil {
			s.Close()
		}
	}
}

func (w *writer) dropFile(path string, k known, idents map[string]bool) error {
	if err := w.dropDoc(k.doc, idents); err != nil {
		return err
	}
	_, err := w.delFile.Exec(path)
	return err
}

// dropDoc deletes a record and its rows.
func (w *writer) dropDoc(doc sql.NullInt64, idents map[string]bool) error {
	if !doc.Valid {
		return nil
	}
	var ident string
	if err := w.identOf.QueryRow(doc.Int64).Scan(&ident); err == nil {
		idents[ident] = true
	}
	for _, s := range []*sql.Stmt{w.delDoc, w.delText, w.delRhyme, w.delF, w.delA} {
		if _, err := s.Exec(doc.Int64); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) insert(r *Record) (int64, error) {
	res, err := w.doc.Exec(r.Path, r.Kind, r.ID, r.Events, r.Title, r.Service, r.Severity, r.Trigger,
		unix(r.Incident), unix(r.Review), unix(r.Published), secs(r.TTD), secs(r.TTM), secs(r.TTR))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	place := 1
	for _, s := range r.Sections {
		slot := place
		if s.Name == "Title" {
			slot = 0
		} else if place++; slot >= sectionSlots {
			continue // a hand-made file with dozens of headings: the rest is not searched
		}
		body, nums := lineList(s.Lines)
		if _, err := w.text.Exec(id*sectionSlots+int64(slot), body, s.Name, nums); err != nil {
			return 0, err
		}
	}
	if _, err := w.rhyme.Exec(id, rhymeText(r)); err != nil {
		return 0, err
	}
	for _, f := range r.Factors {
		if _, err := w.factor.Exec(id, f.Text, f.Kind, strings.Join(f.Whys, "\n")); err != nil {
			return 0, err
		}
	}
	for _, a := range r.Actions {
		if _, err := w.action.Exec(id, a.N, a.ID, a.What, a.Owner, unix(a.Due), a.Priority, a.Type,
			a.Ticket, a.Tracker, a.Done, a.Line); err != nil {
			return 0, err
		}
	}
	return id, nil
}
