package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

// sealedMap is a small file of text by key that debrief keeps beside a
// session file: a served meeting's drafts, the setup screen's fields. It
// is owner-only and sealed like an export, so a write replaces only the
// file debrief wrote before, and an empty map removes only that file.
type sealedMap struct {
	kind    string // the "debrief:" value that says whose file it is
	what    string // the file's name in a message: "drafts file"
	header  string // comment lines that tell a reader what the file is
	notOurs string // what to do when the file is someone else's
}

// sealedDoc is the file's YAML: the kind and the entries under it.
type sealedDoc struct {
	Debrief string            `yaml:"debrief"`
	Drafts  map[string]string `yaml:"drafts,omitempty"`
	Fields  map[string]string `yaml:"fields,omitempty"`
}

// entries returns where doc keeps this kind's map.
func (s sealedMap) entries(doc *sealedDoc) *map[string]string {
	if s.kind == "drafts" {
		return &doc.Drafts
	}
	return &doc.Fields
}

// write keeps m at path, or removes debrief's own file there when m is
// empty; a file someone else put there is left alone.
func (s sealedMap) write(path string, m map[string]string) error {
	if len(m) == 0 {
		data, err := os.ReadFile(path)
		switch {
		case errors.Is(err, os.ErrNotExist):
			return nil
		case err != nil:
			return explain("read", path, err)
		case !Sealed(data):
			return nil // not ours to remove
		}
		if err := os.Remove(path); err != nil {
			return explain("remove", path, err)
		}
		return nil
	}
	doc := sealedDoc{Debrief: s.kind}
	*s.entries(&doc) = m
	// yaml.v3 sorts a map's keys: the same entries make the same bytes.
	out, err := yaml.Marshal(doc)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	_, err = WriteExport(path, append([]byte(s.header), out...), YAML, ReplaceOptions{})
	return err
}

// load reads a file write wrote; a missing one is no entries. Any other
// file is refused, naming it.
func (s sealedMap) load(path string) (map[string]string, error) {
	data, err := ReadBounded(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var doc sealedDoc
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err = dec.Decode(&doc)
	other := doc.Fields
	if s.kind != "drafts" {
		other = doc.Drafts
	}
	if err != nil || doc.Debrief != s.kind || other != nil {
		return nil, fmt.Errorf("%s is not a debrief %s; %s", path, s.what, s.notOurs)
	}
	return *s.entries(&doc), nil
}
