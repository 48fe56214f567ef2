/**
 * PostgreSQL storage: package-private JPA entities and Panache repositories, mapped explicitly to and from the domain
 * records by the public stores the services call.
 */
package io.transitplanner.persistence;
