package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

// SetupDraftPath is where the setup screen keeps what the facilitator
// typed before the meeting starts: beside the session file, since the
// session file holds only events and the meeting has none yet.
func SetupDraftPath(sessionPath string) string { return sessionPath + ".setup" }

const setupHeader = "# debrief setup: what was typed on the setup screen of a meeting that has\n" +
	"# not started yet. debrief resume on the session file gives it back.\n"

type setupDoc struct {
	Debrief string            `yaml:"debrief"`
	Fields  map[string]string `yaml:"fields"`
}

// WriteSetupDraft keeps the setup screen's fields (text by field name) at
// path, owner-only and sealed, replacing only a setup draft it wrote
// before. With no fields it removes its own file, and leaves any other
// file there alone.
func WriteSetupDraft(path string, fields map[string]string) error {
	if len(fields) == 0 {
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
	out, err := yaml.Marshal(setupDoc{Debrief: "setup", Fields: fields})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	_, err = WriteExport(path, append([]byte(setupHeader), out...), YAML, ReplaceOptions{})
	return err
}

// LoadSetupDraft reads a setup draft WriteSetupDraft wrote; a missing one
// is no fields. A file that is not debrief's setup draft is refused,
// naming it.
func LoadSetupDraft(path string) (map[string]string, error) {
	data, err := ReadBounded(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var doc setupDoc
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil || doc.Debrief != "setup" {
		return nil, fmt.Errorf("%s is not a debrief setup draft; the setup starts from the flags instead", path)
	}
	return doc.Fields, nil
}
