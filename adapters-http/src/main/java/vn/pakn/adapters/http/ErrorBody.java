package vn.pakn.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The API's one error shape: {@code {"error":"validation","message":"…","field":"sender.phone"}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String error, String message, String field) {}
