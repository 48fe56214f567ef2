/** Request and response records of the HTTP API, with their Bean Validation rules and OpenAPI descriptions. */
package io.transitplanner.rest.dto;
