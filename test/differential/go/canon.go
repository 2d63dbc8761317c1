package main

import (
	"encoding/base64"
	"reflect"
	"strings"
)

// canon turns a decoded Go value into a JSON-ready tree shaped like the values of
// src/request/gojson: a struct is an object of its JSON field names, a non-pointer embedded
// struct is flattened into its parent, an embedded struct pointer becomes the property its
// `dg` tag names, nil pointers, slices and maps are null. Numbers stay exact (int64/uint64).
func canon(v reflect.Value) interface{} {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return canon(v.Elem())
	case reflect.Struct:
		out := map[string]interface{}{}
		addFields(out, v)
		return out
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return base64.StdEncoding.EncodeToString(v.Bytes())
		}
		fallthrough
	case reflect.Array:
		out := make([]interface{}, v.Len())
		for i := range out {
			out[i] = canon(v.Index(i))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := map[string]interface{}{}
		iter := v.MapRange()
		for iter.Next() {
			out[iter.Key().String()] = canon(iter.Value())
		}
		return out
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint()
	case reflect.Float32, reflect.Float64:
		// A float32 as the exact float64 of its value (dockgate rounds with Math.fround).
		return v.Float()
	}
	panic("canon: unsupported kind " + v.Kind().String())
}

func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		return f.Name
	}
	return name
}

func addFields(out map[string]interface{}, v reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		if f.Anonymous && f.Tag.Get("json") == "" {
			if f.Type.Kind() == reflect.Pointer {
				out[f.Tag.Get("dg")] = canon(fv)
			} else {
				addFields(out, fv)
			}
			continue
		}
		out[jsonName(f)] = canon(fv)
	}
}

// describe gives the shape of a Go type in the terms of src/request/gojson/schema.ts, so that
// a test can check that the Go structs here and docker-types.ts declare the same fields.
func describe(t reflect.Type) interface{} {
	if t.Name() == "StrSlice" {
		return map[string]interface{}{"kind": "strslice"}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return map[string]interface{}{"kind": "ptr", "elem": describe(t.Elem())}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return map[string]interface{}{"kind": "bytes"}
		}
		return map[string]interface{}{"kind": "slice", "elem": describe(t.Elem())}
	case reflect.Array:
		return map[string]interface{}{"kind": "array", "len": t.Len(), "elem": describe(t.Elem())}
	case reflect.Map:
		return map[string]interface{}{"kind": "map", "elem": describe(t.Elem())}
	case reflect.Struct:
		fields := map[string]interface{}{}
		embedded := map[string]interface{}{}
		describeFields(t, fields, embedded)
		return map[string]interface{}{"kind": "struct", "fields": fields, "embedded": embedded}
	case reflect.Interface:
		return map[string]interface{}{"kind": "any"}
	case reflect.String:
		return map[string]interface{}{"kind": "string"}
	case reflect.Bool:
		return map[string]interface{}{"kind": "bool"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return map[string]interface{}{"kind": "int", "bits": t.Bits(), "unsigned": false}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]interface{}{"kind": "int", "bits": t.Bits(), "unsigned": true}
	case reflect.Float32, reflect.Float64:
		return map[string]interface{}{"kind": "float", "bits": t.Bits()}
	}
	panic("describe: unsupported kind " + t.Kind().String())
}

func describeFields(t reflect.Type, fields, embedded map[string]interface{}) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous && f.Tag.Get("json") == "" {
			if f.Type.Kind() == reflect.Pointer {
				embedded[f.Tag.Get("dg")] = describe(f.Type.Elem())
			} else {
				describeFields(f.Type, fields, embedded)
			}
			continue
		}
		fields[jsonName(f)] = describe(f.Type)
	}
}
