/** The HTTP adapter: the JSON API, Open311 GeoReport v2 and, later, the web pages. DTOs and JSON stay here. */
package vn.pakn.adapters.http;
