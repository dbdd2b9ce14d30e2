import { ObjectType } from 'type-graphql';
import { Connection } from '../common/paging';
import { Customer } from './customer.entity';

@ObjectType()
export class CustomerConnection extends Connection(Customer) {}
