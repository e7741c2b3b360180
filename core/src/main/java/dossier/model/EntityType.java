package dossier.model;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC, PRODUCT }
