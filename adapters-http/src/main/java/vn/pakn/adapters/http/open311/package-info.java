/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: sectors as services, petitions as service requests, in JSON and
 * XML, errors in the spec's format. See {@link vn.pakn.adapters.http.open311.Open311Routes} for the mapping.
 */
package vn.pakn.adapters.http.open311;
