/** Every refusal as an RFC 7807 problem ({@code application/problem+json}) naming the field and the reason. */
package io.transitplanner.rest.error;
